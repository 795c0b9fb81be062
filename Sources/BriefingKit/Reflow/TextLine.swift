import Foundation

/// One non-empty line of a raw seed, with the layout facts the reflow rules read.
struct TextLine: Sendable, Hashable {
    /// 1-based line number in the seed file.
    var number: Int
    /// The line without leading and trailing spaces.
    var content: String
    /// A line that starts with an odd number of spaces opens a new PDF page.
    var startsPage: Bool
    /// A paragraph indent written as spaces (beyond the page marker).
    var isIndented: Bool
    /// The extraction leaves a space after a paragraph's last line in some journals.
    var hasTrailingSpace: Bool
    /// A line of spaces only: the extraction's mark of a vertical gap.
    var isSpacer: Bool
    var width: Double

    /// Splits raw text into lines, dropping the empty lines the extraction puts between every pair.
    static func scan(_ text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var number = 0
        for raw in rawLines(text) {
            number += 1
            let expanded = normaliseWhitespace(raw)
            if expanded.isEmpty { continue }
            let leading = expanded.prefix(while: { $0 == " " }).count
            let content = expanded.trimmingSpaces()
            if content.isEmpty {
                lines.append(TextLine(number: number, content: "", startsPage: false, isIndented: false,
                                      hasTrailingSpace: false, isSpacer: true, width: 0))
                continue
            }
            let startsPage = leading % 2 == 1
            let indent = leading - (startsPage ? 1 : 0)
            lines.append(TextLine(
                number: number, content: content, startsPage: startsPage, isIndented: indent >= 2,
                hasTrailingSpace: expanded.hasSuffix(" "), isSpacer: false,
                width: CharacterClass.width(of: content)))
        }
        return lines
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
func normaliseWhitespace(_ raw: Substring) -> String {
    var output = ""
    output.reserveCapacity(raw.utf8.count)
    for scalar in raw.unicodeScalars {
        switch scalar.value {
        case 0x09, 0x3000, 0x2003: output += "  "
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F: output += " "
        case 0x200B...0x200D, 0x2060, 0xFEFF: continue
        default: output.unicodeScalars.append(scalar)
        }
    }
    return output
}

extension StringProtocol {
    /// The text without leading and trailing ASCII spaces.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }) else { return "" }
        let last = lastIndex(where: { $0 != " " })!
        return String(self[first...last])
    }
}
