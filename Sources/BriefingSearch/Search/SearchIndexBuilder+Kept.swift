import BriefingCore
import Foundation

extension SearchIndexBuilder {
    /// One token's postings as the index keeps them.
    struct Kept: Sendable {
        var token: String
        var df: Int
        var postings: [(document: UInt32, impact: UInt8)]
        /// The postings beyond the cap, packed in document order: all kept tokens' tails at once
        /// are most of the index's postings.
        var packedTail: PostingList

        /// The postings beyond the cap, for queries that need every matching document, by document.
        var tail: [(document: UInt32, impact: UInt8)] { packedTail.map { ($0.document, UInt8($0.value)) } }
    }

    /// BM25 over the archive's document lengths, with impacts quantised against the largest score.
    struct Scoring: Sendable {
        let count: Double
        let norms: [Double]
        var maximum = 0.0

        init(lengths: [Float]) {
            count = Double(lengths.count)
            let averageLength = lengths.isEmpty ? 1 : Double(lengths.reduce(0, +)) / count
            let k1 = SearchIndexBuilder.k1, b = SearchIndexBuilder.b
            norms = lengths.map { k1 * (1 - b + b * Double($0) / averageLength) }
        }

        func idf(_ df: Int) -> Double { log(1 + (count - Double(df) + 0.5) / (Double(df) + 0.5)) }

        func score(_ posting: RawPosting, _ idf: Double) -> Double {
            let weight = Double(posting.weight)
            return idf * weight * (SearchIndexBuilder.k1 + 1) / (weight + norms[Int(posting.document)])
        }

        /// The largest score of any posting in `lists`.
        func largestScore(_ lists: some Sequence<PostingList>) -> Double {
            var largest = 0.0
            for list in lists {
                let weight = idf(list.count)
                for posting in list { largest = max(largest, score(RawPosting(document: posting.document, code: posting.value), weight)) }
            }
            return largest
        }

        func impact(_ score: Double) -> UInt8 { UInt8(max(1, min(255, (score / maximum * 255).rounded()))) }

        /// A token's document frequency, its best `cap` postings, best first (ties by document), and
        /// the rest as its tail in document order.
        func kept(_ token: String, _ list: PostingList, cap: Int) -> Kept {
            let weight = idf(list.count)
            let scored = list.map { (document: $0.document, score: score(RawPosting(document: $0.document, code: $0.value), weight)) }
            let ranked = Self.best(scored, cap: cap)
            // The tail is what ranks after the last head posting, taken in document order as it is packed.
            var tail = PostingList()
            if scored.count > cap, let last = ranked.last {
                for posting in scored where (posting.score, last.document) < (last.score, posting.document) {
                    tail.append(document: posting.document, value: UInt64(impact(posting.score)))
                }
            }
            return Kept(token: token, df: list.count, postings: ranked.map { ($0.document, impact($0.score)) }, packedTail: tail)
        }

        /// The first `cap` postings by score, highest first, ties by document: what sorting them all
        /// and keeping a prefix gives, without sorting the thousands a common token has.
        static func best(_ scored: [(document: UInt32, score: Double)], cap: Int) -> [(document: UInt32, score: Double)] {
            func before(_ a: (document: UInt32, score: Double), _ b: (document: UInt32, score: Double)) -> Bool {
                (b.score, a.document) < (a.score, b.document)
            }
            guard scored.count > cap else { return scored.sorted(by: before) }
            var best = scored.prefix(cap).sorted(by: before)
            for posting in scored.dropFirst(cap) where before(posting, best[cap - 1]) {
                best.removeLast()
                var low = 0, high = best.count
                while low < high {
                    let middle = (low + high) / 2
                    if before(best[middle], posting) { low = middle + 1 } else { high = middle }
                }
                best.insert(posting, at: low)
            }
            return best
        }
    }
}

extension SearchIndexBuilder.Accumulator {
    static let keptBatch = 8_192

    /// Every token in token order with its kept postings (see `Scoring.kept`): BM25 impacts
    /// quantised to 1…255 against the largest impact of the index. Tokens are scored on all cores
    /// a batch at a time, and each batch's raw postings are released once it is scored.
    func keptPostings() -> [SearchIndexBuilder.Kept] {
        var (vocabulary, lists) = postings.finish()
        if let carried {
            let destinations = CarriedPostings.Destinations(moves: moves, carriedCount: carried.documents.count)
            let fresh = lists
            lists = Parallel.map(Array(fresh.indices), runs: 64) { id in
                id < carried.lists.count ? CarriedPostings.merged(carried: carried.lists[id], fresh: fresh[id], destinations: destinations) : fresh[id]
            }
            self.carried = nil
        }
        // A carried token none of this build's documents has.
        let order = vocabulary.idsInTokenOrder().filter { !lists[$0].isEmpty }
        // What the next build carries over, written as the lists are let go of.
        var carry = keepsSnapshot && vocabulary.spellsEveryTokenAsItsKey
            ? CarriedPostings.Writer(documents: identities, tokenCount: order.count, listBytes: order.reduce(0) { $0 + lists[$1].bytes.count })
            : nil
        var scoring = SearchIndexBuilder.Scoring(lengths: lengths)
        do {
            let partScoring = scoring
            scoring.maximum = Parallel.map(lists, runs: 64) { partScoring.largestScore(CollectionOfOne($0)) }.max() ?? 0
        }
        let cap = builder.postingsCap
        var result: [SearchIndexBuilder.Kept] = []
        result.reserveCapacity(order.count)
        for start in stride(from: 0, to: order.count, by: Self.keptBatch) {
            let ids = order[start..<min(start + Self.keptBatch, order.count)]
            var batch: [(token: String, list: PostingList)] = []
            batch.reserveCapacity(ids.count)
            for id in ids {
                batch.append((vocabulary.token(id), lists[id]))
                carry?.add(key: vocabulary.key(id), postings: lists[id])
                lists[id] = PostingList()
            }
            let finalScoring = scoring
            result += Parallel.map(batch, runs: 16) { finalScoring.kept($0.token, $0.list, cap: cap) }
        }
        snapshot = carry?.finish()
        return result
    }
}
