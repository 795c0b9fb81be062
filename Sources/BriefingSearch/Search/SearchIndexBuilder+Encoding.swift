import BriefingCore

/// A document's analysis as bytes, for the incremental-build cache: an unchanged article need not
/// be tokenised again, which would otherwise be most of the work of rebuilding after one new seed.
/// Floats are kept as their bit patterns, so a cached analysis indexes exactly like a fresh one.
///
/// Two `ByteRecord`s: the analysis without its tokens (length, fragment, entities), which every
/// rebuild reads, and the tokens with their weights, read only when the previous build's
/// postings (`SearchIndexBuilder.Accumulator`'s snapshot) do not hold the document's. The tokens
/// are stored as `TokenWeights` holds them (all their UTF-8, then where each ends, then the
/// weights), so reading them back is a few copies rather than a string per token. Both are
/// sealed: a damaged byte inside the fragment or the token buffer would otherwise go unseen.
extension SearchIndexBuilder.Analysed {
    private static let magic = "BSA6"
    private static let weightsMagic = "BSW3"

    /// The analysis without its tokens.
    package func encoded() -> [UInt8] {
        var writer = ByteRecordWriter(magic: Self.magic)
        writer.number(Int(length.bitPattern))
        writer.blob(compressedFragment)
        writer.texts(entityIDs.sorted())
        return writer.sealedBytes()
    }

    /// The tokens and their weights (empty for an analysis read without them).
    package func encodedWeights() -> [UInt8] {
        guard let weights else { return [] }
        var writer = ByteRecordWriter(magic: Self.weightsMagic)
        writer.reserveCapacity(weights.utf8.count + 8 * weights.count + 64)
        writer.blob(weights.utf8)
        writer.words(weights.ends)
        writer.words(weights.weights.map(\.bitPattern))
        return writer.sealedBytes()
    }

    /// The analysis without its tokens (`weights` is nil); nil when the bytes are not a whole one
    /// (a damaged entry is analysed afresh).
    package init?(decoding bytes: [UInt8]) {
        do throws(ByteRecordReader.Damaged) {
            var reader = try ByteRecordReader(bytes, magic: Self.magic, sealed: true)
            let length = try reader.number()
            guard let bits = UInt32(exactly: length) else { return nil }
            let fragment = try reader.blob()
            let ids = try reader.texts()
            try reader.finish()
            self.init(weights: nil, length: Float(bitPattern: bits), compressedFragment: fragment, entityIDs: Set(ids))
        } catch {
            return nil
        }
    }

    /// This analysis with the tokens `bytes` hold; nil unless they are whole and unchanged.
    package func withWeights(decoding bytes: [UInt8]) -> Self? {
        do throws(ByteRecordReader.Damaged) {
            var reader = try ByteRecordReader(bytes, magic: Self.weightsMagic, sealed: true)
            let utf8 = try reader.blob(), ends = try reader.words(), weights = try reader.words()
            try reader.finish()
            guard let tokenWeights = TokenWeights(utf8: utf8, ends: ends, weights: weights.map(Float.init(bitPattern:))) else { return nil }
            var whole = self
            whole.weights = tokenWeights
            return whole
        } catch {
            return nil
        }
    }
}
