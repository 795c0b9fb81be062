/// Decodes a seed's bytes to text: UTF-8 with or without BOM, any line-ending convention.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> String {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let text = String(validating: content, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(content)
            let line = content[..<(content.startIndex + offset)].filter { $0 == 0x0A }.count + 1
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: path, line: line),
                "not valid UTF-8 at byte \(offset + (bytes.count - content.count)); save the file as UTF-8")])
        }
        return normaliseLineEndings(text)
    }

    static func normaliseLineEndings(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        let bytes = Array(bytes)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return 0
    }
}
