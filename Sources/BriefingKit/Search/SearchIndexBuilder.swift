import Foundation

/// Builds the client-side search index from the articles (not from generated HTML).
///
/// Layout, so a query fetches only what it needs: `search/index.json` (small: counts, the
/// Traditional→Simplified map the browser folds queries with, entity names), `search/shards/N.json`
/// (postings of the tokens that hash to shard N: document frequency, then the best documents and
/// their precomputed BM25 impacts), and `search/docs/N.json` (title, link, snippet of a block of
/// documents, fetched only for the results shown). Output is deterministic.
public struct SearchIndexBuilder: Sendable {
    public static let chunkSize = 16
    public static let postingsCap = 1000
    static let targetShardBytes = 12_000
    static let fieldWeights = (title: 4.0, headings: 2.0, abstract: 1.5, body: 1.0, entity: 3.0)
    static let k1 = 1.2, b = 0.75

    let tokenizer: SearchTokenizer
    let foldCharacter: @Sendable (Character) -> Character

    public init(fold: @escaping @Sendable (Character) -> Character) {
        foldCharacter = fold
        tokenizer = SearchTokenizer(fold: fold)
    }

    public func files(documents: [SearchDocument], entities: [Entity]) -> [OutputFile] {
        let postings = weightedPostings(documents)
        let shardCount = Self.shardCount(postings)
        var shards = Array(repeating: [(String, String)](), count: shardCount)
        for token in postings.keys.sorted() {
            let list = postings[token]!
            shards[Int(Self.hash(token) % UInt32(shardCount))].append((token, encode(list)))
        }
        var files = shards.enumerated().map { index, entries in
            OutputFile("search/shards/\(index).json",
                       text: "{" + entries.map { "\(JSONText.string($0.0)):\($0.1)" }.joined(separator: ",") + "}")
        }
        for start in stride(from: 0, to: documents.count, by: Self.chunkSize) {
            let chunk = documents[start..<min(start + Self.chunkSize, documents.count)].map { document in
                JSONText.array([document.title, document.url, document.snippet, document.lang, document.byline].map(JSONText.string))
            }
            files.append(OutputFile("search/docs/\(start / Self.chunkSize).json", text: JSONText.array(chunk)))
        }
        files.append(OutputFile("search/index.json", text: entry(documents: documents, shardCount: shardCount,
                                                                 postings: postings, entities: entities)))
        return files
    }

    // MARK: Postings

    struct Posting { var document: Int; var impact: Int }

    /// BM25 impact of every token in every document, fields weighted, quantised to 1…255.
    func weightedPostings(_ documents: [SearchDocument]) -> [String: (df: Int, postings: [Posting])] {
        var frequencies: [[String: Double]] = []
        var lengths: [Double] = []
        let weights = Self.fieldWeights
        for document in documents {
            var tf: [String: Double] = [:]
            func add(_ texts: [String], _ weight: Double) { for text in texts { for token in tokenizer.tokens(text) { tf[token, default: 0] += weight } } }
            add([document.title], weights.title)
            add(document.headings, weights.headings)
            add([document.abstract], weights.abstract)
            var bodyLength = 0.0
            for paragraph in document.body {
                let tokens = tokenizer.tokens(paragraph)
                bodyLength += Double(tokens.count)
                for token in tokens { tf[token, default: 0] += weights.body }
            }
            var entityCounts: [String: Int] = [:]
            for id in document.entityIDs { entityCounts[id, default: 0] += 1 }
            for (id, count) in entityCounts { tf["@" + id, default: 0] += weights.entity * Double(min(count, 5)) }
            frequencies.append(tf)
            lengths.append(max(bodyLength, 1))
        }
        let averageLength = lengths.isEmpty ? 1 : lengths.reduce(0, +) / Double(lengths.count)
        var documentFrequency: [String: Int] = [:]
        for tf in frequencies { for token in tf.keys { documentFrequency[token, default: 0] += 1 } }
        let count = Double(documents.count)
        var raw: [String: [(Int, Double)]] = [:]
        var maximum = 0.0
        for (index, tf) in frequencies.enumerated() {
            let norm = Self.k1 * (1 - Self.b + Self.b * lengths[index] / averageLength)
            for (token, weight) in tf {
                let df = Double(documentFrequency[token]!)
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                let score = idf * weight * (Self.k1 + 1) / (weight + norm)
                raw[token, default: []].append((index, score))
                maximum = max(maximum, score)
            }
        }
        var result: [String: (df: Int, postings: [Posting])] = [:]
        for (token, list) in raw {
            let best = list.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(Self.postingsCap)
            let postings = best.map { Posting(document: $0.0, impact: max(1, Int(($0.1 / maximum * 255).rounded()))) }
                .sorted { $0.document < $1.document }
            result[token] = (documentFrequency[token]!, postings)
        }
        return result
    }

    private func encode(_ list: (df: Int, postings: [Posting])) -> String {
        var previous = 0
        let gaps = list.postings.map { posting -> Int in
            defer { previous = posting.document }
            return posting.document - previous
        }
        return "[\(list.df),\(JSONText.numbers(gaps)),\(JSONText.numbers(list.postings.map(\.impact)))]"
    }

    static func shardCount(_ postings: [String: (df: Int, postings: [Posting])]) -> Int {
        let estimate = postings.reduce(0) { $0 + $1.key.utf8.count + 8 + $1.value.postings.count * 6 }
        return min(512, max(1, estimate / targetShardBytes))
    }

    /// FNV-1a over the token's UTF-8 bytes; `search-core.js` computes the same.
    static func hash(_ token: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in token.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    // MARK: Entry file

    private func entry(documents: [SearchDocument], shardCount: Int, postings: [String: (df: Int, postings: [Posting])],
                       entities: [Entity]) -> String {
        var keys: [(String, String)] = []
        let mentioned = Set(documents.flatMap(\.entityIDs))
        for entity in entities where mentioned.contains(entity.id) {
            var names = Set(entity.allNames.map { String(tokenizer.normalise($0)) })
            if entity.kind == .person, let surname = entity.english.split(separator: " ").last, surname.count >= 3 {
                names.insert(String(tokenizer.normalise(String(surname))))
            }
            for name in names where name.count >= 2 { keys.append((name, entity.id)) }
        }
        keys.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        let folded = foldMap(vocabulary: Set(postings.keys.flatMap { Array($0) }))
        return "{\"version\":1,\"documents\":\(documents.count),\"shards\":\(shardCount),\"chunk\":\(Self.chunkSize),"
            + "\"fold\":\(JSONText.string(folded)),"
            + "\"entities\":\(JSONText.array(keys.map { JSONText.array([JSONText.string($0.0), JSONText.string($0.1)]) }))}"
    }

    /// Pairs `TraditionalSimplified` for every character whose folded form occurs in the index, so
    /// the browser folds a query exactly as the index was folded, with no converter of its own.
    func foldMap(vocabulary: Set<Character>) -> String {
        var pairs = ""
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                let folded = foldCharacter(character)
                if folded != character, vocabulary.contains(folded) {
                    pairs.append(character)
                    pairs.append(folded)
                }
            }
        }
        return pairs
    }
}
