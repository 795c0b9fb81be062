/// Footnote markers as journals print them: `[12]` in the text, `[12] ` at the start of a note.
enum FootnoteMarker {
    /// The number of a marker written as `[n]` at `index`, and the index after it.
    static func marker(in characters: [Character], at index: Int) -> (number: Int, end: Int)? {
        guard characters[index] == "[" else { return nil }
        var cursor = index + 1
        var digits = ""
        while cursor < characters.count, characters[cursor].isASCII, characters[cursor].isNumber, digits.count < 3 {
            digits.append(characters[cursor])
            cursor += 1
        }
        guard !digits.isEmpty, cursor < characters.count, characters[cursor] == "]", let number = Int(digits) else {
            return nil
        }
        return (number, cursor + 1)
    }

    /// A note body starts with its marker: `[3] Tim Kelly, …` or `[3]“Title…`.
    ///
    /// Runs on most lines; a line whose first byte is not `[` cannot start with the Character `[`
    /// (whose only scalar is ASCII), so it is ruled out before the line is cut into Characters.
    static func noteStart(_ text: String) -> (number: Int, body: String)? {
        guard text.utf8.first == UInt8(ascii: "[") else { return nil }
        let characters = Array(text)
        guard !characters.isEmpty, let found = marker(in: characters, at: 0), found.end < characters.count else {
            return nil
        }
        return (found.number, String(characters[found.end...]).trimmingSpaces())
    }

    static func trailingMarkerRange(in text: Substring) -> Substring.Index? {
        guard text.last == "]", let open = text.lastIndex(of: "[") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard !inside.isEmpty, inside.count <= 3, inside.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return open
    }
}
