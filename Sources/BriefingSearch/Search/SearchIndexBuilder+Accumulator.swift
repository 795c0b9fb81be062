import BriefingCore
import Foundation

extension SearchIndexBuilder {
    struct RawPosting {
        var document: UInt32
        var weight: Float

        /// A weight as a `PostingList` value: weights are sums of field weights, so almost always
        /// whole multiples of ½, stored as twice the weight, shifted (even, one byte up to 31.5); any other
        /// weight keeps its exact bit pattern (odd). Either way the same `Float` comes back.
        var code: UInt64 {
            let twice = weight * 2
            if twice >= 0, twice < 0x8000_0000, twice == twice.rounded(.towardZero),
               (Float(UInt32(twice)) / 2).bitPattern == weight.bitPattern {
                return UInt64(UInt32(twice)) << 1
            }
            return UInt64(weight.bitPattern) << 1 | 1
        }

        init(document: UInt32, weight: Float) {
            self.document = document
            self.weight = weight
        }

        init(document: UInt32, code: UInt64) {
            self.document = document
            weight = code & 1 == 0 ? Float(UInt32(code >> 1)) / 2 : Float(bitPattern: UInt32(truncatingIfNeeded: code >> 1))
        }
    }

    /// Collects analysed documents one at a time (in site order) and writes the index at the end.
    /// It keeps only the postings, packed per token (about two bytes each), and the compressed fragments,
    /// never the documents' text; each token's postings are released once they are scored.
    ///
    /// Incremental indexing, without knowing what makes a build: given the snapshot a previous
    /// index left (`previous`), a document added with an identity the snapshot holds is only
    /// renumbered, at the end; its tokens are not added again. With `keepsSnapshot`, `finish`
    /// also returns this index's snapshot for the next. An identity is the caller's name for what
    /// an analysis is made of: two documents of one identity must have the same analysis.
    public final class Accumulator {
        let builder: SearchIndexBuilder
        /// The postings of the documents added afresh, in this build's numbers; the vocabulary
        /// starts with the carried tokens, so token ids index `carried.lists` too.
        var postings: TokenPostings
        /// Let go once merged into this build's postings.
        var carried: CarriedPostings?
        /// Carried documents taken over, in increasing new number.
        var moves: [(carried: UInt32, new: UInt32)] = []
        /// Every document's identity, by number (empty for none): what the snapshot carries.
        var identities: [String] = []
        var lengths: [Float] = []
        var fragments: [[UInt8]] = []
        var mentioned: Set<String> = []
        let keepsSnapshot: Bool
        /// The snapshot `keptPostings` wrote (nil when a token's spelling is not its key, which a
        /// snapshot cannot give back).
        var snapshot: [UInt8]?

        public convenience init(builder: SearchIndexBuilder) {
            self.init(builder: builder, previous: nil, keepsSnapshot: false)
        }

        package init(builder: SearchIndexBuilder, previous: CarriedPostings?, keepsSnapshot: Bool) {
            self.builder = builder
            carried = previous
            postings = TokenPostings(seeding: previous?.tokens ?? [])
            self.keepsSnapshot = keepsSnapshot
        }

        /// Adds the next document; `identity` names its analysis for the snapshots (see above).
        public func add(_ document: Analysed, identity: String? = nil) {
            let number = UInt32(lengths.count)
            if let identity, let carriedNumber = carried?.numbers[identity] {
                moves.append((carriedNumber, number))
            } else {
                guard let weights = document.weights else {
                    preconditionFailure("an analysis without its tokens whose postings were not carried over")
                }
                postings.add(weights, document: number)
            }
            if keepsSnapshot { identities.append(identity ?? "") }
            lengths.append(document.length)
            fragments.append(document.compressedFragment)
            mentioned.formUnion(document.entityIDs)
        }

        /// The index's files, and with `keepsSnapshot` the snapshot for the next index.
        public func finish(entities: [Entity]) -> (files: [OutputFile], snapshot: [UInt8]?) {
            let files = files(entities: entities)
            return (files, snapshot)
        }

        func files(entities: [Entity]) -> [OutputFile] {
            let kept = keptPostings()
            let chunkSize = SearchIndexBuilder.chunkSize(documents: fragments.count)
            let order = SearchIndexBuilder.documentOrder(kept, documentCount: fragments.count)
            var numbers = [Int](repeating: 0, count: order.count)
            for (index, document) in order.enumerated() { numbers[document] = index }
            let position = numbers
            @Sendable func renumbered(_ postings: [(document: UInt32, impact: UInt8)]) -> [(document: Int, impact: UInt8)] {
                SearchIndexBuilder.renumbered(postings, positions: position)
            }
            // Renumbering and sorting every token's postings is most of the work here: all cores help.
            let runs = 64
            let (tails, tailSlices) = SearchIndexBuilder.tailFiles(Parallel.map(kept.filter { !$0.packedTail.isEmpty }, runs: runs) { entry in
                var writer = PostingsWriter()
                writer.postings(renumbered(entry.tail))
                return (entry.token, writer.bytes)
            })
            let heads = Parallel.map(kept, runs: runs) { entry in
                var writer = PostingsWriter()
                writer.entry(token: entry.token, documentFrequency: entry.df, postings: renumbered(entry.postings), tail: tailSlices[entry.token])
                return (token: entry.token, bytes: writer.bytes)
            }
            let shardCount = SearchIndexBuilder.fileCount(heads, target: SearchIndexBuilder.targetShardBytes, limit: SearchIndexBuilder.maxShards)
            var files = SearchIndexBuilder.packed(heads, into: shardCount, folder: "shards") + tails.files(folder: "tails")
            let compressedFragments = order.map { fragments[$0] }
            var blocks = SlicedFiles(count: (order.count + chunkSize - 1) / chunkSize)
            for (index, fragment) in compressedFragments.enumerated() { _ = blocks.append(fragment, toFile: index / chunkSize) }
            files += blocks.files(folder: "docs")
            let entry = builder.entry(documentCount: lengths.count, shardCount: shardCount, tailCount: tails.contents.count, chunkSize: chunkSize,
                                      fragmentLengths: compressedFragments.map(\.count), vocabulary: kept.map(\.token), entities: entities,
                                      mentioned: mentioned)
            files.append(OutputFile("search/index.bin", contents: Deflate.compress(Array(entry.utf8))))
            return files
        }
    }

    /// Some of a token's postings, each document renumbered to its place in `positions` (a
    /// permutation), sorted by their new numbers. A list of a good share of all documents is sorted
    /// by marking its impacts (1…255, never 0) in a table of every document and reading them back
    /// in order, far cheaper than sorting the thousands of postings of a common token.
    static func renumbered(_ postings: [(document: UInt32, impact: UInt8)], positions: [Int]) -> [(document: Int, impact: UInt8)] {
        guard postings.count * 16 >= positions.count else {
            return postings.map { UInt64(positions[Int($0.document)]) << 8 | UInt64($0.impact) }.sorted()
                .map { (Int($0 >> 8), UInt8(truncatingIfNeeded: $0)) }
        }
        var impacts = [UInt8](repeating: 0, count: positions.count)
        for posting in postings {
            precondition(posting.impact > 0, "impacts are 1…255")
            impacts[positions[Int(posting.document)]] = posting.impact
        }
        var sorted: [(document: Int, impact: UInt8)] = []
        sorted.reserveCapacity(postings.count)
        for (document, impact) in impacts.enumerated() where impact != 0 { sorted.append((document, impact)) }
        return sorted
    }

    /// How many files a set of records is spread over: about `target` compressed bytes each
    /// (DEFLATE shrinks these records to roughly three quarters), at most `limit`.
    static func fileCount(_ records: [(token: String, bytes: [UInt8])], target: Int, limit: Int) -> Int {
        let estimate = records.reduce(0) { $0 + $1.bytes.count }
        return min(limit, max(1, estimate * 3 / 4 / target))
    }

    /// The tail records, each compressed on its own, in `hash(token) mod count` files of about
    /// `targetTailBytes` (a host that ignores Range sends the whole file), and where each token's lies.
    static func tailFiles(_ records: [(token: String, bytes: [UInt8])]) -> (SlicedFiles, [String: SlicedFiles.Slice]) {
        guard !records.isEmpty else { return (SlicedFiles(count: 0), [:]) }
        let compressed = SlicedFiles.compressed(records.map(\.bytes))
        let total = compressed.reduce(0) { $0 + $1.count }
        var files = SlicedFiles(count: min(maxTails, max(1, total / targetTailBytes)))
        var slices: [String: SlicedFiles.Slice] = [:]
        for (record, bytes) in zip(records, compressed) {
            slices[record.token] = files.append(bytes, toFile: Int(hash(record.token) % UInt32(files.contents.count)))
        }
        return (files, slices)
    }

    /// Records packed into `count` compressed files `search/<folder>/N.bin`, a token's record in
    /// file hash(token) mod count, in token order.
    static func packed(_ records: [(token: String, bytes: [UInt8])], into count: Int, folder: String) -> [OutputFile] {
        guard count > 0 else { return [] }
        var files = Array(repeating: [UInt8](), count: count)
        for record in records { files[Int(hash(record.token) % UInt32(count))] += record.bytes }
        // Compressing is most of the cost of writing the index; files are independent, so all cores help.
        return Parallel.map(Array(files.enumerated())) { OutputFile("search/\(folder)/\($0.offset).bin", contents: Deflate.compress($0.element)) }
    }

    /// The order documents are numbered and grouped into fragment blocks in. A query shows its
    /// first results from the blocks they sit in, and results are spread over the archive, so
    /// blocks in site order cost one block per result. Instead the first results of the tokens
    /// readers most likely type (entities, then words by how many articles use them) are put
    /// side by side, a token's first page in one or two blocks; the rest follow in site order.
    static func documentOrder(_ kept: [Kept], documentCount: Int) -> [Int] {
        let page = 10
        let candidates = kept.filter { !$0.token.contains(where: SnippetPool.function.contains) }
            .sorted { ($0.token.hasPrefix("@") ? 0 : 1, -$0.df, $0.token) < ($1.token.hasPrefix("@") ? 0 : 1, -$1.df, $1.token) }
        var placed = [Bool](repeating: false, count: documentCount)
        var order: [Int] = []
        order.reserveCapacity(documentCount)
        for entry in candidates where order.count < documentCount {
            for posting in entry.postings.prefix(page) where !placed[Int(posting.document)] {
                placed[Int(posting.document)] = true
                order.append(Int(posting.document))
            }
        }
        for document in 0..<documentCount where !placed[document] { order.append(document) }
        return order
    }
}
