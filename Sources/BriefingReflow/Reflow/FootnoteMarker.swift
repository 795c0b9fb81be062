/// Footnote markers as journals print them: `[12]` in the text, `[12] ` at the start of a note;
/// or a circled digit (`①` to `㊿`), which Chinese journals and reports use for notes numbered
/// afresh on every page.
package enum FootnoteMarker {
    /// The number of a circled digit: ① to ⑳ (U+2460–2473), ㉑ to ㉟ (U+3251–325F), ㊱ to ㊿ (U+32B1–32BF).
    static func circledNumber(_ character: Character) -> Int? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0x2460...0x2473: return Int(scalar.value - 0x2460) + 1
        case 0x3251...0x325F: return Int(scalar.value - 0x3251) + 21
        case 0x32B1...0x32BF: return Int(scalar.value - 0x32B1) + 36
        default: return nil
        }
    }

    /// Whether a text holds a circled digit, found on its UTF-8 lead bytes (E2 91 or E3 89/8A).
    static func containsCircledDigit(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (previous == 0xE2 && byte == 0x91) || (previous == 0xE3 && (byte == 0x89 || byte == 0x8A)) {
                return text.contains { circledNumber($0) != nil }
            }
            previous = byte
        }
        return false
    }

    /// The number of a marker written as `[n]` or as a circled digit at `index`, and the index after it.
    package static func marker(in characters: [Character], at index: Int) -> (number: Int, end: Int)? {
        if let number = circledNumber(characters[index]) { return (number, index + 1) }
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
    package static func noteStart(_ text: String) -> (number: Int, body: String)? {
        if let first = text.first, let number = circledNumber(first) {
            let body = String(text.dropFirst()).trimmingSpaces()
            return body.isEmpty ? nil : (number, body)
        }
        guard text.utf8.first == UInt8(ascii: "[") else { return nil }
        let characters = Array(text)
        guard !characters.isEmpty, let found = marker(in: characters, at: 0), found.end < characters.count else {
            return nil
        }
        return (found.number, String(characters[found.end...]).trimmingSpaces())
    }

    package static func trailingMarkerRange(in text: Substring) -> Substring.Index? {
        guard text.last == "]", let open = text.lastIndex(of: "[") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard !inside.isEmpty, inside.count <= 3, inside.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return open
    }
}
