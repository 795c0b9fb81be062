/// A document's analysis as bytes, for the incremental-build cache: an unchanged article need not
/// be tokenised again, which would otherwise be most of the work of rebuilding after one new seed.
/// Floats are kept as their bit patterns, so a cached analysis indexes exactly like a fresh one.
/// The tokens are stored as `TokenWeights` holds them (all their UTF-8, then where each ends, then
/// the weights), so reading them back is a few copies rather than a string per token.
extension SearchIndexBuilder.Analysed {
    private static let magic: [UInt8] = Array("BSA3".utf8)

    func encoded() -> [UInt8] {
        var bytes = Self.magic
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        func put(_ text: String) { put(UInt32(text.utf8.count)); bytes.append(contentsOf: text.utf8) }
        put(length.bitPattern)
        put(UInt32(compressedFragment.count))
        bytes += compressedFragment
        let ids = entityIDs.sorted()
        put(UInt32(ids.count))
        for id in ids { put(id) }
        put(UInt32(weights.count))
        put(UInt32(weights.utf8.count))
        bytes += weights.utf8
        for end in weights.ends { put(end) }
        for weight in weights.weights { put(weight.bitPattern) }
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
        func raw() -> ArraySlice<UInt8>? {
            guard let count = number().map(Int.init), offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return bytes[offset..<(offset + count)]
        }
        func text() -> String? { raw().map { String(decoding: $0, as: UTF8.self) } }
        func numbers(_ count: Int) -> [UInt32]? {
            guard offset + 4 * count <= bytes.count else { return nil }
            let start = offset
            offset += 4 * count
            return bytes.withUnsafeBytes { raw in
                (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self)) }
            }
        }
        guard let length = number(), let fragment = raw(), let idCount = number() else { return nil }
        var ids: Set<String> = []
        for _ in 0..<idCount {
            guard let id = text() else { return nil }
            ids.insert(id)
        }
        guard let tokenCount = number().map(Int.init), let utf8 = raw(), let ends = numbers(tokenCount),
              let weights = numbers(tokenCount), offset == bytes.count,
              let tokenWeights = TokenWeights(utf8: Array(utf8), ends: ends, weights: weights.map(Float.init(bitPattern:)))
        else { return nil }
        self.init(weights: tokenWeights, length: Float(bitPattern: length), compressedFragment: Array(fragment), entityIDs: ids)
    }
}
