/// Escapes seed text so that it stays text in Markdown: no emphasis, links, HTML or headings
/// can come from a seed. URLs become `<autolinks>` so they need no escaping inside.
enum MarkdownEscaper {
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "!"]

    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            if let url = URLScanner.url(in: text, at: index) {
                output += "<\(text[url])>"
                index = url.upperBound
                continue
            }
            let character = text[index]
            if alwaysEscaped.contains(character) || (character == "&" && startsEntity(text, at: index)) {
                output += "\\"
            }
            output.append(character)
            index = text.index(after: index)
        }
        return atLineStart ? escapeLineStart(output) : output
    }

    private static func startsEntity(_ text: String, at index: String.Index) -> Bool {
        let rest = text[text.index(after: index)...].prefix(12)
        guard let semicolon = rest.firstIndex(of: ";") else { return false }
        let name = rest[..<semicolon]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
    }

    /// Characters that would start a block (heading, list, quote, rule, ordered list) at a line start.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#+-=>".contains(first) { return "\\" + text }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 9 {
            let after = text[digits.endIndex...].first
            if after == "." || after == ")" {
                return digits + "\\" + text[digits.endIndex...]
            }
        }
        return text
    }
}

/// Finds bare `http(s)://` and `www.` URLs in running text, stopping at CJK text and trailing punctuation.
enum URLScanner {
    static func url(in text: String, at index: String.Index) -> Range<String.Index>? {
        let rest = text[index...]
        guard rest.hasPrefix("http://") || rest.hasPrefix("https://") else { return nil }
        if index > text.startIndex, let previous = text[..<index].last, previous.isASCII, previous.isLetter { return nil }
        var end = index
        while end < text.endIndex, isURLCharacter(text[end]) { end = text.index(after: end) }
        while end > index, let last = text[..<end].last, ".,;:!?)'\"".contains(last) {
            if last == ")", text[index..<end].contains("(") { break }
            end = text.index(before: end)
        }
        let candidate = text[index..<end]
        return candidate.count > "https://".count ? index..<end : nil
    }

    private static func isURLCharacter(_ character: Character) -> Bool {
        guard character.isASCII, !character.isWhitespace else { return false }
        return !"<>\"`{}|\\^".contains(character)
    }
}
