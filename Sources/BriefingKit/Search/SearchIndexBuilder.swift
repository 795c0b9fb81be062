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
        let accumulator = Accumulator(builder: self)
        for document in documents { accumulator.add(analyse(document)) }
        return accumulator.files(entities: entities)
    }

    /// One document's weighted token frequencies, its length and its result fragment: the part of
    /// indexing that needs no other document, so it can run on all cores.
    public struct Analysed: Sendable {
        var weights: [(token: String, weight: Float)]
        var length: Float
        var fragment: String
        var entityIDs: Set<String>
    }

    public func analyse(_ document: SearchDocument) -> Analysed {
        var tf: [String: Double] = [:]
        let weights = Self.fieldWeights
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
        let fragment = JSONText.array([document.title, document.url, document.snippet, document.lang, document.byline].map(JSONText.string))
        return Analysed(weights: tf.map { ($0.key, Float($0.value)) }, length: Float(max(bodyLength, 1)), fragment: fragment,
                        entityIDs: Set(entityCounts.keys))
    }

    struct Posting { var document: Int; var impact: Int }
    struct RawPosting { var document: UInt32; var weight: Float }

    /// Collects analysed documents one at a time (in site order) and writes the index at the end;
    /// it keeps only raw postings and fragments, never the documents' text.
    public final class Accumulator {
        let builder: SearchIndexBuilder
        var raw: [String: [RawPosting]] = [:]
        var lengths: [Float] = []
        var fragments: [String] = []
        var mentioned: Set<String> = []

        public init(builder: SearchIndexBuilder) {
            self.builder = builder
        }

        public func add(_ document: Analysed) {
            let index = UInt32(lengths.count)
            for (token, weight) in document.weights { raw[token, default: []].append(RawPosting(document: index, weight: weight)) }
            lengths.append(document.length)
            fragments.append(document.fragment)
            mentioned.formUnion(document.entityIDs)
        }

        public func files(entities: [Entity]) -> [OutputFile] {
            let postings = impacts()
            let shardCount = SearchIndexBuilder.shardCount(postings)
            var shards = Array(repeating: [(String, String)](), count: shardCount)
            for token in postings.keys.sorted() {
                shards[Int(SearchIndexBuilder.hash(token) % UInt32(shardCount))].append((token, builder.encode(postings[token]!)))
            }
            var files = shards.enumerated().map { index, entries in
                OutputFile("search/shards/\(index).json",
                           text: "{" + entries.map { "\(JSONText.string($0.0)):\($0.1)" }.joined(separator: ",") + "}")
            }
            for start in stride(from: 0, to: fragments.count, by: SearchIndexBuilder.chunkSize) {
                let chunk = fragments[start..<min(start + SearchIndexBuilder.chunkSize, fragments.count)]
                files.append(OutputFile("search/docs/\(start / SearchIndexBuilder.chunkSize).json", text: JSONText.array(Array(chunk))))
            }
            files.append(OutputFile("search/index.json", text: builder.entry(documentCount: lengths.count, shardCount: shardCount,
                                                                             vocabulary: Array(postings.keys), entities: entities,
                                                                             mentioned: mentioned)))
            return files
        }

        /// BM25 impact of every token in every document, quantised to 1…255, the best kept per token.
        func impacts() -> [String: (df: Int, postings: [Posting])] {
            let count = Double(lengths.count)
            let averageLength = lengths.isEmpty ? 1 : Double(lengths.reduce(0, +)) / count
            let k1 = SearchIndexBuilder.k1, b = SearchIndexBuilder.b
            func idf(_ df: Int) -> Double { log(1 + (count - Double(df) + 0.5) / (Double(df) + 0.5)) }
            func score(_ posting: RawPosting, _ idf: Double) -> Double {
                let weight = Double(posting.weight)
                let norm = k1 * (1 - b + b * Double(lengths[Int(posting.document)]) / averageLength)
                return idf * weight * (k1 + 1) / (weight + norm)
            }
            var maximum = 0.0
            for list in raw.values {
                let weight = idf(list.count)
                for posting in list { maximum = max(maximum, score(posting, weight)) }
            }
            var result: [String: (df: Int, postings: [Posting])] = [:]
            for (token, list) in raw {
                let weight = idf(list.count)
                let scored = list.map { (Int($0.document), score($0, weight)) }
                let best = scored.count > SearchIndexBuilder.postingsCap
                    ? Array(scored.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(SearchIndexBuilder.postingsCap)) : scored
                let postings = best.map { Posting(document: $0.0, impact: max(1, Int(($0.1 / maximum * 255).rounded()))) }
                    .sorted { $0.document < $1.document }
                result[token] = (list.count, postings)
            }
            return result
        }
    }

    func encode(_ list: (df: Int, postings: [Posting])) -> String {
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

    func entry(documentCount: Int, shardCount: Int, vocabulary: [String], entities: [Entity], mentioned: Set<String>) -> String {
        var keys: [(String, String)] = []
        for entity in entities where mentioned.contains(entity.id) {
            var names = Set(entity.allNames.map { String(tokenizer.normalise($0)) })
            if entity.kind == .person, let surname = entity.english.split(separator: " ").last, surname.count >= 3 {
                names.insert(String(tokenizer.normalise(String(surname))))
            }
            for name in names where name.count >= 2 { keys.append((name, entity.id)) }
        }
        keys.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        let folded = foldMap(vocabulary: Set(vocabulary.flatMap { Array($0) }))
        return "{\"version\":1,\"documents\":\(documentCount),\"shards\":\(shardCount),\"chunk\":\(Self.chunkSize),"
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
