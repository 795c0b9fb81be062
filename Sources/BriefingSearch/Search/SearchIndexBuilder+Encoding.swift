import BriefingCore

/// A document's analysis as bytes, for the incremental-build cache: an unchanged article need not
/// be tokenised again, which would otherwise be most of the work of rebuilding after one new seed.
/// Floats are kept as their bit patterns, so a cached analysis indexes exactly like a fresh one.
///
/// Two records: the analysis without its tokens (length, fragment, entities, postings key), which
/// every rebuild reads, and the tokens with their weights, read only when the previous build's
/// postings (`CarriedPostings`) do not hold the document's. The tokens are stored as
/// `TokenWeights` holds them (all their UTF-8, then where each ends, then the weights), so
/// reading them back is a few copies rather than a string per token.
extension SearchIndexBuilder.Analysed {
    private static let magic: [UInt8] = Array("BSA4".utf8)
    private static let weightsMagic: [UInt8] = Array("BSW2".utf8)

    /// The analysis without its tokens.
    package func encoded() -> [UInt8] {
        var bytes = Self.magic
        put(length.bitPattern, into: &bytes)
        put(Array(postingsKey.utf8), into: &bytes)
        put(compressedFragment, into: &bytes)
        let ids = entityIDs.sorted()
        put(UInt32(ids.count), into: &bytes)
        for id in ids { put(Array(id.utf8), into: &bytes) }
        return bytes
    }

    /// The tokens and their weights, ending in a `HashSeal` (empty for an analysis read without them).
    package func encodedWeights() -> [UInt8] {
        guard let weights else { return [] }
        var bytes = Self.weightsMagic
        put(UInt32(weights.count), into: &bytes)
        put(weights.utf8, into: &bytes)
        for end in weights.ends { put(end, into: &bytes) }
        for weight in weights.weights { put(weight.bitPattern, into: &bytes) }
        HashSeal.append(to: &bytes)
        return bytes
    }

    /// The analysis without its tokens (`weights` is nil); nil when the bytes are not a whole one
    /// (a damaged entry is analysed afresh).
    package init?(decoding bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard bytes.starts(with: Self.magic) else { return nil }
        reader.offset = Self.magic.count
        guard let length = reader.number(), let key = reader.raw(), let fragment = reader.raw(), let idCount = reader.number()
        else { return nil }
        var ids: Set<String> = []
        for _ in 0..<idCount {
            guard let id = reader.raw() else { return nil }
            ids.insert(String(decoding: id, as: UTF8.self))
        }
        guard reader.offset == bytes.count else { return nil }
        self.init(weights: nil, postingsKey: String(decoding: key, as: UTF8.self), length: Float(bitPattern: length),
                  compressedFragment: Array(fragment), entityIDs: ids)
    }

    /// This analysis with the tokens `bytes` hold; nil unless they are whole and unchanged.
    package func withWeights(decoding bytes: [UInt8]) -> Self? {
        guard HashSeal.holds(bytes), bytes.starts(with: Self.weightsMagic) else { return nil }
        let end = bytes.count - HashSeal.length
        var reader = Reader(bytes: bytes)
        reader.offset = Self.weightsMagic.count
        guard let tokenCount = reader.number().map(Int.init), let utf8 = reader.raw(), let ends = reader.numbers(tokenCount),
              let weights = reader.numbers(tokenCount), reader.offset == end,
              let tokenWeights = TokenWeights(utf8: Array(utf8), ends: ends, weights: weights.map(Float.init(bitPattern:)))
        else { return nil }
        var whole = self
        whole.weights = tokenWeights
        return whole
    }

    private func put(_ value: UInt32, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private func put(_ data: [UInt8], into bytes: inout [UInt8]) {
        put(UInt32(data.count), into: &bytes)
        bytes += data
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func number() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }

        mutating func raw() -> ArraySlice<UInt8>? {
            guard let count = number().map(Int.init), offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return bytes[offset..<(offset + count)]
        }

        mutating func numbers(_ count: Int) -> [UInt32]? {
            guard offset + 4 * count <= bytes.count else { return nil }
            let start = offset
            offset += 4 * count
            return bytes.withUnsafeBytes { raw in
                (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self)) }
            }
        }
    }
}
