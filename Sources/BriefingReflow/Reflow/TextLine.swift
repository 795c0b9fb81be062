import BriefingCore
import Foundation

/// One non-empty line of a raw seed, with the layout facts the reflow rules read.
package struct TextLine: Sendable, Hashable {
    /// 1-based line number in the seed file.
    package var number: Int
    /// The line without leading and trailing spaces.
    package var content: String
    /// A line that starts with an odd number of spaces opens a new PDF page.
    package var startsPage: Bool
    /// A paragraph indent written as spaces (beyond the page marker).
    var isIndented: Bool
    /// The extraction leaves a space after a paragraph's last line in some journals.
    var hasTrailingSpace: Bool
    /// A line of spaces only: the extraction's mark of a vertical gap.
    package var isSpacer: Bool
    var width: Double

    /// Splits raw text into lines. Both forms of extracted text are read: the seeds' form (a blank
    /// line after every line, a space opening each page) and `pdftotext`'s own (see `Extraction`).
    package static func scan(_ text: String) -> [TextLine] {
        switch Extraction.form(of: text) {
        case .seed: return scanSeedForm(text)
        case .pdftotext: return scanPdftotextForm(text)
        }
    }

    /// The seeds' form: the empty lines the extraction puts between every pair are dropped.
    static func scanSeedForm(_ text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var number = 0
        for raw in rawLines(text) {
            number += 1
            if let line = line(number: number, raw) { lines.append(line) }
        }
        return lines
    }

    /// `pdftotext`'s form, read through its seed form (`Extraction.seedFormLines`) with the
    /// numbers of the file's own lines.
    static func scanPdftotextForm(_ text: String) -> [TextLine] {
        Extraction.seedFormLines(text).compactMap { line(number: $0.number, Substring($0.text)) }
    }

    /// One line of the seed form, or nothing for an empty one.
    private static func line(number: Int, _ raw: Substring) -> TextLine? {
        let expanded = normaliseWhitespace(raw)
        if expanded.isEmpty { return nil }
        let leading = expanded.prefix(while: { $0 == " " }).count
        let content = expanded.trimmingSpaces()
        if content.isEmpty {
            return TextLine(number: number, content: "", startsPage: false, isIndented: false,
                            hasTrailingSpace: false, isSpacer: true, width: 0)
        }
        let startsPage = leading % 2 == 1
        let indent = leading - (startsPage ? 1 : 0)
        return TextLine(
            number: number, content: content, startsPage: startsPage, isIndented: indent >= 2,
            hasTrailingSpace: expanded.hasSuffix(" "), isSpacer: false,
            width: CharacterClass.width(of: content))
    }

    /// The text split at every `\n` Character, as `split(separator: "\n")` would, but found in the
    /// UTF-8 bytes: a line feed is a Character of its own except after a carriage return, with which
    /// it makes one (`\r\n`), and a byte 0x0A never occurs inside a longer UTF-8 sequence.
    static func rawLines(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                pieces.append(text[start..<index])
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }
}

/// Tabs, ideographic and em spaces count as two columns, other Unicode spaces as one;
/// zero-width characters go. Reflow rules then only need to know the ASCII space.
///
/// Works on UTF-8 bytes, as it runs on every line of every seed: each rule replaces or drops a
/// whole scalar, whose encoding is found from its lead byte, and copies every other byte.
func normaliseWhitespace(_ raw: Substring) -> String {
    var raw = raw
    return raw.withUTF8 { bytes in
        String(unsafeUninitializedCapacity: bytes.count * 2) { output in
            var count = 0
            func put(_ byte: UInt8, _ times: Int = 1) {
                for _ in 0..<times { output[count] = byte; count += 1 }
            }
            let space = UInt8(ascii: " ")
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09:
                    put(space, 2)
                case 0xC2 where bytes[index + 1] == 0xA0:  // U+00A0
                    put(space)
                    index += 1
                case 0xE2 where bytes[index + 1] == 0x80:  // U+2000...U+203F
                    switch bytes[index + 2] {
                    case 0x83: put(space, 2)  // U+2003
                    case 0x80...0x8A, 0xAF: put(space)  // U+2000...U+200A, U+202F
                    case 0x8B...0x8D: break  // U+200B...U+200D
                    default: put(byte); put(bytes[index + 1]); put(bytes[index + 2])
                    }
                    index += 2
                case 0xE2 where bytes[index + 1] == 0x81 && (bytes[index + 2] == 0x9F || bytes[index + 2] == 0xA0):
                    if bytes[index + 2] == 0x9F { put(space) }  // U+205F; U+2060 goes
                    index += 2
                case 0xE3 where bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:  // U+3000
                    put(space, 2)
                    index += 2
                case 0xEF where bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:  // U+FEFF
                    index += 2
                default:
                    put(byte)
                }
                index += 1
            }
            return count
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII spaces.
    package func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }) else { return "" }
        let last = lastIndex(where: { $0 != " " })!
        return String(self[first...last])
    }
}
