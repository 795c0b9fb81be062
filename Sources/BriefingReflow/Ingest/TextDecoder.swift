import BriefingCore
import Foundation

/// Decodes a seed's bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and the
/// legacy encodings Chinese text comes in, GB18030/GBK and Big5, told apart by which decoding
/// reads as Chinese. Line endings become `\n`. Binary files (NUL bytes, PDFs) and text that no
/// encoding explains are rejected with the file and the line and byte where reading failed.
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16 = "UTF-16", gb18030 = "GB18030", big5 = "Big5"
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    static let big5 = String.Encoding(rawValue: 0x8000_0A03)

    public static func decode(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> String {
        try decodeDetecting(bytes, path: path).text
    }

    public static func decodeDetecting(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: Array("%PDF".utf8)) {
            throw failure(path, line: 1, "this is a PDF, not extracted text; extract its text first (for example with pdftotext)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: Data(bytes), encoding: .utf16) {
            return (normaliseLineEndings(text.replacingOccurrences(of: "\u{FEFF}", with: "")), .utf16)
        }
        if let nul = bytes.withUnsafeBufferPointer({ firstIndex(of: 0, in: $0) }) {
            throw failure(path, line: lineNumber(bytes, at: nul), "contains a NUL byte at byte \(nul); this looks like a binary file, not text")
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if let text = String(validating: content, as: UTF8.self) {
            return (normaliseLineEndings(text), .utf8)
        }
        let data = Data(content)
        let candidates: [(Encoding, String)] = [(.gb18030, gb18030), (.big5, big5)].compactMap { encoding, foundation in
            String(data: data, encoding: foundation).map { (encoding, $0) }
        }
        if let best = candidates.max(by: { chineseScore($0.1) < chineseScore($1.1) }), chineseScore(best.1) > 0 {
            return (normaliseLineEndings(best.1), best.0)
        }
        let offset = firstInvalidUTF8Offset(content) + (bytes.count - content.count)
        throw failure(path, line: lineNumber(bytes, at: offset),
            "not valid UTF-8 at byte \(offset), and not GB18030 or Big5 either; save the file as UTF-8")
    }

    /// How much a decoding reads like Chinese text: common ideographs, CJK punctuation and ASCII
    /// count for it; kana, hangul, rare blocks and private-use characters (what a wrong legacy
    /// decoding produces) count heavily against it.
    static func chineseScore(_ text: String) -> Int {
        var score = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFFEF, 0x00...0x7F, 0x2010...0x2027: score += 1
            default: score -= 5
            }
        }
        return score
    }

    static func normaliseLineEndings(_ text: String) -> String {
        var text = text
        // The whole archive's text passes here.
        guard text.withUTF8({ firstIndex(of: UInt8(ascii: "\r"), in: $0) }) != nil else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    /// Where `byte` first occurs, found with `memchr` (seeds are megabytes; the generic search
    /// goes a byte at a time).
    private static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func failure(_ path: String, line: Int, _ message: String) -> DiagnosticError {
        DiagnosticError([.error(.ingest, at: SourceLocation(file: path, line: line), message)])
    }

    private static func lineNumber(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].filter { $0 == 0x0A }.count + 1
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
