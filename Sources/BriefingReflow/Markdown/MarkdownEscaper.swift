/// Escapes seed text so that it stays text in Markdown: no emphasis, links, HTML or headings
/// can come from a seed. URLs become `<autolinks>` so they need no escaping inside.
enum MarkdownEscaper {
    /// ASCII punctuation that Markdown could read as syntax (`` \`*_[]<>~|! ``); seed text escapes
    /// every one of them.
    private static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"), UInt8(ascii: "|"),
            UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }

    /// Works on UTF-8 bytes: every character that matters here is ASCII, and an ASCII byte never
    /// occurs inside a longer UTF-8 sequence, so the bytes of other scalars are copied untouched.
    /// The output grows by at most one byte per input byte (an escape, or `<>` around a URL of
    /// nine bytes or more).
    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        var text = text
        let output = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { output in
                var count = 0
                func put(_ byte: UInt8) {
                    output[count] = byte
                    count += 1
                }
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "h"), let end = URLScanner.urlEnd(in: bytes, at: index) {
                        put(UInt8(ascii: "<"))
                        for url in bytes[index..<end] { put(url) }
                        put(UInt8(ascii: ">"))
                        index = end
                        continue
                    }
                    if isAlwaysEscaped(byte) || (byte == UInt8(ascii: "&") && startsEntity(bytes, at: index)) {
                        put(UInt8(ascii: "\\"))
                    }
                    put(byte)
                    index += 1
                }
                return count
            }
        }
        return atLineStart ? escapeLineStart(output) : output
    }

    /// An `&` followed within twelve bytes by `;`, with only ASCII letters, digits or `#` between:
    /// twelve bytes and twelve scalars agree, as any other scalar before the `;` rules it out anyway.
    private static func startsEntity(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let rest = bytes[(index + 1)...].prefix(12)
        guard let semicolon = rest.firstIndex(of: UInt8(ascii: ";")) else { return false }
        let name = rest[..<semicolon]
        return !name.isEmpty && name.allSatisfy { isASCIILetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "#") }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
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
    private static let schemes = [Array("http://".utf8), Array("https://".utf8)]
    private static let trailing = Set(".,;:!?)'\"".utf8)
    private static let excluded = Set("<>\"`{}|\\^".utf8)

    /// The end of a URL starting at `index` of UTF-8 bytes, or nil when none starts there. A URL is
    /// ASCII, so it ends at the first byte of any other scalar.
    static func urlEnd(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard schemes.contains(where: { bytes[index...].starts(with: $0) }) else { return nil }
        if index > 0, MarkdownEscaper.isASCIILetter(bytes[index - 1]) { return nil }
        var end = index
        while end < bytes.count, isURLByte(bytes[end]) { end += 1 }
        while end > index, trailing.contains(bytes[end - 1]) {
            if bytes[end - 1] == UInt8(ascii: ")"), bytes[index..<end].contains(UInt8(ascii: "(")) { break }
            end -= 1
        }
        return end - index > "https://".count ? end : nil
    }

    /// ASCII, not whitespace and not excluded.
    private static func isURLByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(0x09...0x0D).contains(byte) && byte != UInt8(ascii: " ") && !excluded.contains(byte)
    }
}
