/// A document's analysis as bytes, for the incremental-build cache: an unchanged article need not
/// be tokenised again, which would otherwise be most of the work of rebuilding after one new seed.
/// Floats are kept as their bit patterns, so a cached analysis indexes exactly like a fresh one.
extension SearchIndexBuilder.Analysed {
    private static let magic: [UInt8] = Array("BSA1".utf8)

    func encoded() -> [UInt8] {
        var bytes = Self.magic
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        func put(_ text: String) { put(UInt32(text.utf8.count)); bytes.append(contentsOf: text.utf8) }
        put(length.bitPattern)
        put(fragment)
        let ids = entityIDs.sorted()
        put(UInt32(ids.count))
        for id in ids { put(id) }
        put(UInt32(weights.count))
        for (token, weight) in weights {
            put(token)
            put(weight.bitPattern)
        }
        return bytes
    }

    /// Nil when the bytes are not a whole analysis (a damaged entry is analysed afresh).
    init?(decoding bytes: [UInt8]) {
        guard bytes.starts(with: Self.magic) else { return nil }
        var offset = Self.magic.count
        func number() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }
        func text() -> String? {
            guard let count = number().map(Int.init), offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
        }
        guard let length = number(), let fragment = text(), let idCount = number() else { return nil }
        var ids: Set<String> = []
        for _ in 0..<idCount {
            guard let id = text() else { return nil }
            ids.insert(id)
        }
        guard let weightCount = number() else { return nil }
        var weights: [(token: String, weight: Float)] = []
        weights.reserveCapacity(Int(weightCount))
        for _ in 0..<weightCount {
            guard let token = text(), let weight = number() else { return nil }
            weights.append((token, Float(bitPattern: weight)))
        }
        guard offset == bytes.count else { return nil }
        self.init(weights: weights, length: Float(bitPattern: length), fragment: fragment, entityIDs: ids)
    }
}
