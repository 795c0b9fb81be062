import Mustache

/// How `{{ }}` escapes text in every template: the five characters HTML gives meaning to (`<`, `>`,
/// `&`, `"`, `'`), replaced byte by byte. Mustache's own escaper looks at whole characters, so a
/// quote or bracket followed by a combining mark (one grapheme) passed through unescaped — enough
/// to leave an attribute value — and it was a third of the time spent rendering archive pages.
/// Text without those bytes (most Chinese text) is returned as it is.
struct HTMLText: MustacheContentType {
    static let contentTypeName = "BRIEFING_HTML"
    /// Put on a line of its own before every template's source, so partials escape the same way
    /// (Mustache starts each partial with its default content type). A standalone tag leaves no
    /// text behind, and the template's first line stays standalone too where it was.
    static let pragma = "{{% CONTENT_TYPE: \(contentTypeName)}}\n"
    /// Lines the pragma adds before the author's first line.
    static let pragmaLines = 1

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// A template's line number as its author counts it, for error messages.
    static func authorsLine(_ line: Int) -> Int { max(1, line - pragmaLines) }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
