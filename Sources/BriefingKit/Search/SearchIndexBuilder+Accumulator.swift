import Foundation

extension SearchIndexBuilder {
    struct RawPosting { var document: UInt32; var weight: Float }

    /// Collects analysed documents one at a time (in site order) and writes the index at the end.
    /// It keeps only compact raw postings (8 bytes each, in one array per token) and the fragments,
    /// never the documents' text; each token's postings are released once they are encoded.
    public final class Accumulator {
        let builder: SearchIndexBuilder
        var tokenIDs: [String: Int] = [:]
        var tokens: [String] = []
        var postings: [[RawPosting]] = []
        var lengths: [Float] = []
        var fragments: [String] = []
        var mentioned: Set<String> = []

        public init(builder: SearchIndexBuilder) {
            self.builder = builder
        }

        public func add(_ document: Analysed) {
            let index = UInt32(lengths.count)
            for (token, weight) in document.weights {
                let id: Int
                if let known = tokenIDs[token] {
                    id = known
                } else {
                    id = tokens.count
                    tokenIDs[token] = id
                    tokens.append(token)
                    postings.append([])
                }
                postings[id].append(RawPosting(document: index, weight: weight))
            }
            lengths.append(document.length)
            fragments.append(document.fragment)
            mentioned.formUnion(document.entityIDs)
        }

        public func files(entities: [Entity]) -> [OutputFile] {
            let encoded = encodePostings()
            let estimate = encoded.reduce(0) { $0 + $1.bytes.count } * 3 / 4
            let shardCount = min(SearchIndexBuilder.maxShards, max(1, estimate / SearchIndexBuilder.targetShardBytes))
            var shards = Array(repeating: [UInt8](), count: shardCount)
            for entry in encoded { shards[Int(SearchIndexBuilder.hash(entry.token) % UInt32(shardCount))] += entry.bytes }
            var files = shards.enumerated().map { OutputFile("search/shards/\($0.offset).bin", contents: Deflate.compress($0.element)) }
            let chunkSize = SearchIndexBuilder.chunkSize(documents: fragments.count)
            for start in stride(from: 0, to: fragments.count, by: chunkSize) {
                let chunk = JSONText.array(Array(fragments[start..<min(start + chunkSize, fragments.count)]))
                files.append(OutputFile("search/docs/\(start / chunkSize).bin", contents: Deflate.compress(Array(chunk.utf8))))
            }
            let entry = builder.entry(documentCount: lengths.count, shardCount: shardCount, chunkSize: chunkSize,
                                      vocabulary: tokens, entities: entities, mentioned: mentioned)
            files.append(OutputFile("search/index.bin", contents: Deflate.compress(Array(entry.utf8))))
            return files
        }

        /// Every token's entry in token order: BM25 impacts quantised to 1…255 against the largest
        /// impact of the index, the best `postingsCap` kept, sorted by document.
        func encodePostings() -> [(token: String, bytes: [UInt8])] {
            let count = Double(lengths.count)
            let averageLength = lengths.isEmpty ? 1 : Double(lengths.reduce(0, +)) / count
            let k1 = SearchIndexBuilder.k1, b = SearchIndexBuilder.b
            let norms = lengths.map { k1 * (1 - b + b * Double($0) / averageLength) }
            func idf(_ df: Int) -> Double { log(1 + (count - Double(df) + 0.5) / (Double(df) + 0.5)) }
            func score(_ posting: RawPosting, _ idf: Double) -> Double {
                let weight = Double(posting.weight)
                return idf * weight * (k1 + 1) / (weight + norms[Int(posting.document)])
            }
            var maximum = 0.0
            for list in postings {
                let weight = idf(list.count)
                for posting in list { maximum = max(maximum, score(posting, weight)) }
            }
            var result: [(token: String, bytes: [UInt8])] = []
            for id in tokens.indices.sorted(by: { tokens[$0] < tokens[$1] }) {
                let list = postings[id]
                postings[id] = []
                let weight = idf(list.count)
                var scored = list.map { (document: Int($0.document), score: score($0, weight)) }
                if scored.count > SearchIndexBuilder.postingsCap {
                    scored.sort { ($1.score, $0.document) < ($0.score, $1.document) }
                    scored = Array(scored.prefix(SearchIndexBuilder.postingsCap)).sorted { $0.document < $1.document }
                }
                var writer = PostingsWriter()
                writer.entry(token: tokens[id], documentFrequency: list.count,
                             postings: scored.map { ($0.document, UInt8(max(1, min(255, ($0.score / maximum * 255).rounded())))) })
                result.append((tokens[id], writer.bytes))
            }
            return result
        }
    }
}
