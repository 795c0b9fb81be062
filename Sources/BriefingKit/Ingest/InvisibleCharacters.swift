/// Characters no reader should ever receive: C0 controls and DEL (a form feed included), and the
/// private-use code points PDF fonts map their own glyphs to (U+E000–U+F8FF, planes 15 and 16),
/// which show as boxes or nothing at all in a browser.
///
/// Works on the UTF-8 bytes and returns the text itself when there is nothing to drop, as every
/// seed of the archive passes here.
public enum InvisibleCharacters {
    /// What was removed: how many characters, and the 1-based line of the first.
    public struct Removal: Sendable, Hashable {
        public var count: Int
        public var firstLine: Int
    }

    /// `text` without invisible characters. Line feeds and tabs stay; a form feed stays only when
    /// `keepingFormFeeds` (the converter reads it as a page break), otherwise it becomes a line feed.
    public static func strip(_ text: String, keepingFormFeeds: Bool) -> (text: String, removal: Removal?) {
        var contiguous = text
        let result = contiguous.withUTF8 { bytes -> (String, Removal?)? in
            guard let first = firstInvisible(in: bytes, from: 0, keepingFormFeeds: keepingFormFeeds) else {
                return nil
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            output.append(contentsOf: bytes[..<first])
            var count = 0
            var index = first
            while index < bytes.count {
                let length = scalarLength(bytes[index])
                if isInvisible(bytes, at: index, keepingFormFeeds: keepingFormFeeds) {
                    if bytes[index] == 0x0C { output.append(0x0A) } else { count += 1 }
                } else {
                    output.append(contentsOf: bytes[index..<min(index + length, bytes.count)])
                }
                index += length
            }
            let line = bytes[..<first].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let stripped = String(decoding: output, as: UTF8.self)
            return (stripped, count > 0 ? Removal(count: count, firstLine: line) : nil)
        }
        return result ?? (text, nil)
    }

    /// The warning for a removal in `path`, or nothing.
    public static func warning(_ removal: Removal?, in path: String, stage: Diagnostic.Stage) -> [Diagnostic] {
        guard let removal else { return [] }
        let what = removal.count == 1 ? "1 control or private-use character" : "\(removal.count) control or private-use characters"
        return [.warning(stage, at: SourceLocation(file: path, line: removal.firstLine),
            "dropped \(what) (glyphs a PDF font maps to no real character); check the text around here")]
    }

    private static func firstInvisible(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, keepingFormFeeds: Bool) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            // Only these lead bytes can begin an invisible character.
            if byte < 0x20 || byte == 0x7F || byte == 0xEE || byte == 0xEF || byte == 0xF3 || byte == 0xF4,
               isInvisible(bytes, at: index, keepingFormFeeds: keepingFormFeeds) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func isInvisible(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, keepingFormFeeds: Bool) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0x0A, 0x09: return false
        case 0x0C: return !keepingFormFeeds
        case 0x00..<0x20, 0x7F: return true
        case 0xEE: return index + 1 < bytes.count  // U+E000–U+EFFF
        case 0xEF: return index + 1 < bytes.count && bytes[index + 1] <= 0xA3  // U+F000–U+F8FF
        case 0xF3: return index + 1 < bytes.count && bytes[index + 1] >= 0xB0  // U+F0000–U+FFFFF
        case 0xF4: return index + 1 < bytes.count && bytes[index + 1] <= 0x8F  // U+100000–U+10FFFF
        default: return false
        }
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
