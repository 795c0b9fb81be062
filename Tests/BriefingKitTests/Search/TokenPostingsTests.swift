import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TokenPostingsTests {
    private func documents() -> [TokenWeights] {
        var generator = SplitMix64(seed: 3, stream: 0)
        let words = ["关税", "台湾", "rubio", "@marco-rubio", "美", "政策", "2025", "湾关"]
        return (0..<40).map { _ in
            var weights = TokenWeights()
            for word in words where generator.next() % 3 != 0 { weights.append(word, weight: Float(generator.next() % 8) / 2) }
            return weights
        }
    }

    /// Each token's (document, weight) postings, by token.
    private func postings(batchSize: Int) -> [String: [(UInt32, Float)]] {
        var postings = TokenPostings(batchSize: batchSize)
        for (index, document) in documents().enumerated() { postings.add(document, document: UInt32(index)) }
        let (vocabulary, lists) = postings.finish()
        var result: [String: [(UInt32, Float)]] = [:]
        for (id, list) in lists.enumerated() {
            result[vocabulary.token(id)] = list.map { ($0.document, SearchIndexBuilder.RawPosting(document: $0.document, code: $0.value).weight) }
        }
        return result
    }

    @Test func eachTokenListsItsDocumentsInOrderWhateverTheBatch() {
        var expected: [String: [(UInt32, Float)]] = [:]
        for (index, document) in documents().enumerated() {
            for (token, weight) in document { expected[token, default: []].append((UInt32(index), weight)) }
        }
        for batchSize in [1, 5, 64, 1 << 16] {
            let found = postings(batchSize: batchSize)
            #expect(found.keys.sorted() == expected.keys.sorted(), "batch \(batchSize)")
            for (token, list) in expected {
                #expect(found[token]?.map(\.0) == list.map(\.0), "\(token), batch \(batchSize)")
                #expect(found[token]?.map(\.1) == list.map(\.1), "\(token), batch \(batchSize)")
            }
        }
    }
}
