/// A 128-bit content hash for cache keys: two multiply-and-shift lanes fed eight bytes at a time
/// (a rebuild hashes every seed's text and every archive page's contents, so bytes one by one were
/// a visible share of it). Not cryptographic: the cache only needs different inputs to give
/// different keys in practice. Words are read little-endian, so a key is the same on any machine.
public struct ContentHash: Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142
    /// Bytes waiting for a whole word, in the low bytes first.
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0
    private var length: UInt64 = 0

    public init() {}

    /// Adds a text and a separator byte no UTF-8 text holds, so ["ab", "c"] and ["a", "bc"] differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: $0) }
        add(byte: 0xFF)
    }

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { add(buffer: UnsafeRawBufferPointer($0)) }
        if done == nil { for byte in bytes { add(byte: byte) } }
    }

    private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
        add(buffer: UnsafeRawBufferPointer(buffer))
    }

    private mutating func add(buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while pendingCount != 0, offset < buffer.count {
            add(byte: buffer[offset])
            offset += 1
        }
        while offset + 8 <= buffer.count {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        while offset < buffer.count {
            add(byte: buffer[offset])
            offset += 1
        }
    }

    private mutating func add(byte: UInt8) {
        pending |= UInt64(byte) << (pendingCount * 8)
        pendingCount += 1
        if pendingCount == 8 {
            let word = pending
            pending = 0
            pendingCount = 0
            mix(word)
        }
    }

    private mutating func mix(_ word: UInt64) {
        length &+= 8
        first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
        first ^= first >> 29
        second = (second ^ (word &* 0xC2B2_AE3D_27D4_EB4F)).rotated(by: 31) &* 0x1656_67B1_9E37_79F9
    }

    public var hex: String {
        var final = self
        // The bytes left over, marked by how many there are, then the whole length.
        final.first = (final.first ^ final.pending ^ (final.pendingCount << 56)) &* 0x9E37_79B9_7F4A_7C15
        final.second = (final.second ^ (final.length &+ final.pendingCount)).rotated(by: 31) &* 0x1656_67B1_9E37_79F9
        for _ in 0..<2 {
            final.first ^= final.second >> 31
            final.first = final.first &* 0xFF51_AFD7_ED55_8CCD
            final.second ^= final.first >> 33
            final.second = final.second &* 0xC4CE_B9FE_1A85_EC53
        }
        func pad(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return pad(final.first) + pad(final.second)
    }

    public static func of(_ parts: [String]) -> String {
        var hash = ContentHash()
        for part in parts { hash.add(part) }
        return hash.hex
    }
}

private extension UInt64 {
    func rotated(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
