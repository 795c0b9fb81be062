/// A 128-bit content hash (two FNV-1a-64 lanes with different offsets) for cache keys.
/// Not cryptographic: the cache only needs different inputs to give different keys in practice.
public struct ContentHash: Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    public mutating func add(_ text: String) {
        add(bytes: text.utf8)
        add(bytes: [0xFF])
    }

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01b3
        }
    }

    public var hex: String {
        func pad(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return pad(first) + pad(second)
    }

    public static func of(_ parts: [String]) -> String {
        var hash = ContentHash()
        for part in parts { hash.add(part) }
        return hash.hex
    }
}
