/// Full-width punctuation that some Chinese PDF fonts (Founder's, used for most mainland
/// government printing) map to the wrong code points: the glyph's GB 2312 code is written as if
/// it were Unicode, so `，` (GB A3AC) comes out as the Yi syllable `ꎬ` (U+A3AC), and `。` as `ꎮ`.
/// Real Yi text never appears in this archive amid Chinese, so when these stand among far more
/// Chinese characters they are put back.
public enum MisreadPunctuation {
    /// The misread code points seen in extracted government documents, and what they print.
    static let repairs: [Character: Character] = [
        "\u{A3AC}": "，", "\u{A3AE}": "。", "\u{A3BB}": "；", "\u{A3BA}": "：", "\u{A3A1}": "！", "\u{A3BF}": "？",
    ]

    /// The text with misread punctuation put back, and how many were, or the text itself.
    public static func repair(_ text: String) -> (text: String, count: Int) {
        // U+A3xx is EA 8E xx in UTF-8; most texts have no EA 8E pair and leave at once.
        var previous: UInt8 = 0
        var found = false
        for byte in text.utf8 {
            if previous == 0xEA, byte == 0x8E { found = true; break }
            previous = byte
        }
        guard found else { return (text, 0) }
        let misread = text.unicodeScalars.filter { (0xA000...0xA4CF).contains($0.value) }.count
        let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        guard misread * 5 < han else { return (text, 0) }
        var count = 0
        let repaired = String(text.map { character -> Character in
            guard let fixed = repairs[character] else { return character }
            count += 1
            return fixed
        })
        guard count > 0 else { return (text, 0) }
        // The same fonts print book-title marks as guillemets (`«支持…»`); among misread
        // punctuation they are the Chinese marks.
        let titled = String(repaired.map { character -> Character in
            switch character {
            case "«": count += 1; return "《"
            case "»": count += 1; return "》"
            default: return character
            }
        })
        return (titled, count)
    }
}
