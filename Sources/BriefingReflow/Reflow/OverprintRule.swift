import BriefingCore

/// Bold Chinese set by printing each glyph twice, slightly offset (LaTeX's fake bold for CJK
/// fonts), comes out of `pdftotext` with the text around each line break repeated: a title's
/// line ends `…CLTC赛` and the next begins `赛道一…`. Chinese also repeats a character across a
/// break by itself (`中华人民共和国` / `国家安全法`), so one repeated character is not evidence:
/// two breaks with repeats, or one repeat of two or more characters, are (a break may fall where
/// the doubled glyph did not reach the next line).
enum OverprintRule {
    /// The lines with the repeated opening of each continuation line removed, when the breaks
    /// repeat one to three characters that are not ASCII letters or digits.
    static func withoutRepeats(_ lines: [String]) -> [String] {
        guard lines.count >= 2 else { return lines }
        let overlaps = zip(lines, lines.dropFirst()).map { repeatLength(end: $0.0.trimmingSpaces(), start: $0.1.trimmingSpaces()) }
        let repeated = overlaps.compactMap { $0 }
        guard repeated.count >= 2 || repeated.contains(where: { $0 >= 2 }) else { return lines }
        return [lines[0]] + zip(lines.dropFirst(), overlaps).map { String($0.0.trimmingSpaces().dropFirst($0.1 ?? 0)) }
    }

    /// The longest run (up to three characters) that ends `end` and starts `start`.
    static func repeatLength(end: String, start: String) -> Int? {
        for length in stride(from: 3, through: 1, by: -1) where end.count > length && start.count > length {
            let tail = end.suffix(length)
            guard tail == start.prefix(length), !tail.contains(where: { $0 == " " || ($0.isASCII && ($0.isLetter || $0.isNumber)) }),
                  tail.contains(where: CharacterClass.isCJK) else { continue }
            return length
        }
        return nil
    }
}
