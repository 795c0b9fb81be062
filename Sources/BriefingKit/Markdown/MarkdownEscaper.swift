/// Escapes seed text so that it stays text in Markdown: no emphasis, links, HTML or headings
/// can come from a seed. URLs become `<autolinks>` so they need no escaping inside.
enum MarkdownEscaper {
    /// ASCII punctuation that Markdown could read as syntax; seed text escapes every one of them.
    private static let alwaysEscaped = Set("\\`*_[]<>~|!".unicodeScalars)

    /// Works on Unicode scalars: every character that matters here is ASCII, and scalars spare
    /// the grapheme breaking that dominated this function's cost.
    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "h", let end = URLScanner.urlEnd(in: scalars, at: index) {
                output.append("<")
                output.append(contentsOf: scalars[index..<end])
                output.append(">")
                index = end
                continue
            }
            if alwaysEscaped.contains(scalar) || (scalar == "&" && startsEntity(scalars, at: index)) {
                output.append("\\")
            }
            output.append(scalar)
            index += 1
        }
        return atLineStart ? escapeLineStart(String(output)) : String(output)
    }

    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let rest = scalars[(index + 1)...].prefix(12)
        guard let semicolon = rest.firstIndex(of: ";") else { return false }
        let name = rest[..<semicolon]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "#") }
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
    private static let schemes = [Array("http://".unicodeScalars), Array("https://".unicodeScalars)]
    private static let trailing = Set(".,;:!?)'\"".unicodeScalars)
    private static let excluded = Set("<>\"`{}|\\^".unicodeScalars)

    /// The end of a URL starting at `index`, or nil when none starts there.
    static func urlEnd(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard schemes.contains(where: { scalars[index...].starts(with: $0) }) else { return nil }
        if index > 0, scalars[index - 1].isASCII, scalars[index - 1].properties.isAlphabetic { return nil }
        var end = index
        while end < scalars.count, isURLScalar(scalars[end]) { end += 1 }
        while end > index, trailing.contains(scalars[end - 1]) {
            if scalars[end - 1] == ")", scalars[index..<end].contains("(") { break }
            end -= 1
        }
        return end - index > "https://".count ? end : nil
    }

    private static func isURLScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && !scalar.properties.isWhitespace && !excluded.contains(scalar)
    }
}
