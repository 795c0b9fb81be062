/// The stretches of a text that OpenCC cannot change, found so that it never walks them.
///
/// OpenCC looks a text up in its dictionaries at every character, so the English references,
/// addresses and numbers of an article (a fifth of its characters) cost it as much as its Chinese.
/// Two facts about the dictionaries our configurations load make cutting them out exact
/// (`UnconvertibleStretchesTests` checks both on the installed dictionaries):
/// - no key holds an ASCII character other than a letter, so no phrase match and no segment
///   conversion crosses one: converting the text on each side of it alone gives the same bytes;
/// - every key that holds an ASCII letter also holds a non-ASCII character, so a piece without
///   non-ASCII bytes comes back unchanged.
/// Letters next to Chinese stay with it (`SQL注入` is a key), so a stretch runs from the first to
/// the last ASCII non-letter of a run of ASCII bytes.
enum UnconvertibleStretches {
    /// Shorter stretches are left in place: an extra OpenCC call costs more than they save.
    static let shortest = 16

    /// Byte ranges, in order, each from the first to the last ASCII non-letter of a run of ASCII
    /// bytes, where that is at least `shortest` bytes long.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, shortest: Int = shortest) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] < 0x80 else {
                index += 1
                continue
            }
            var firstCut: Int?
            var lastCut = index
            while index < bytes.count, bytes[index] < 0x80 {
                if !isLetter(bytes[index]) {
                    if firstCut == nil { firstCut = index }
                    lastCut = index
                }
                index += 1
            }
            if let firstCut, lastCut + 1 - firstCut >= shortest {
                stretches.append(firstCut..<lastCut + 1)
            }
        }
        return stretches
    }

    /// Whether OpenCC could change the piece: whether it holds a non-ASCII byte.
    static func mayChange(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        piece.contains { $0 >= 0x80 }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
