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
            guard let first = firstInvisible(in: bytes, keepingFormFeeds: keepingFormFeeds) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            output.append(contentsOf: bytes[..<first])
            var count = 0
            var index = first
            while index < bytes.count {
                let scalar = bytes.utf8Scalar(at: index)
                if isInvisible(scalar.value, keepingFormFeeds: keepingFormFeeds) {
                    if scalar.value == 0x0C { output.append(0x0A) } else { count += 1 }
                } else {
                    output.append(contentsOf: bytes[index..<index + scalar.length])
                }
                index += scalar.length
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

    /// The first invisible character's offset. Only bytes that can lead one are decoded: a C0
    /// control or DEL, or the lead byte of U+E000–U+FFFF (EE, EF) or of planes 15–16 (F3, F4).
    private static func firstInvisible(in bytes: UnsafeBufferPointer<UInt8>, keepingFormFeeds: Bool) -> Int? {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xEE || byte == 0xEF || byte == 0xF3 || byte == 0xF4,
               isInvisible(bytes.utf8Scalar(at: index).value, keepingFormFeeds: keepingFormFeeds) {
                return index
            }
        }
        return nil
    }

    private static func isInvisible(_ scalar: UInt32, keepingFormFeeds: Bool) -> Bool {
        switch scalar {
        case 0x0A, 0x09: false
        case 0x0C: !keepingFormFeeds
        case 0x00..<0x20, 0x7F, 0xE000...0xF8FF, 0xF0000...0x10FFFF: true
        default: false
        }
    }
}
