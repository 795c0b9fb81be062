import BriefingCore
import Foundation

/// Builds the client-side search index from the articles (not from generated HTML).
///
/// Layout, so a query fetches only what it needs, every record raw-DEFLATE-compressed (the browser
/// inflates with `DecompressionStream`, so hosts that do not compress still send few bytes):
/// `search/index.bin` (counts, the compressed length of each document's fragment, the
/// Traditional→Simplified map the browser folds queries with, entity names), `search/shards/N.bin`
/// (binary postings of the tokens that hash to shard N: each token's document frequency, its best
/// documents with their quantised BM25 impacts, and where the rest lie), `search/tails/N.bin`
/// (the rest of each longer token's documents, one separately compressed record per token, read
/// with an HTTP Range request only when a query needs complete lists), and `search/docs/N.bin`
/// (title, link, byline and snippet clauses of a block of documents, one separately compressed
/// record per document, read by range for the results shown). A host that ignores Range sends
/// whole files, which the browser cuts itself. Output is deterministic.
public struct SearchIndexBuilder: Sendable {
    static let fieldWeights = (title: 4.0, headings: 2.0, abstract: 1.5, body: 1.0, entity: 3.0)
    static let k1 = 1.2, b = 0.75
    /// Postings per token in its shard, best impacts first: enough for a first page of results (and
    /// room for two lists to meet), and the bound on what one token costs a query. The rest go to
    /// the token's tail record, which costs a Range request of a few kilobytes.
    public static let postingsCap = 40
    /// Compressed bytes a shard aims at, and the most shards and fragment blocks there may be, so
    /// the whole index stays well under a thousand files.
    static let targetShardBytes = 5_000
    static let maxShards = 320
    static let maxChunks = 600
    static let minChunkSize = 8
    /// Tail files are few (shards + fragment blocks + tails + entry stay under a thousand files)
    /// and large: a query reads one record of one by range; only a host without Range sends it all.
    static let targetTailBytes = 20_000
    static let maxTails = 64

    let tokenizer: SearchTokenizer
    let foldCharacter: @Sendable (Character) -> Character
    let postingsCap: Int

    /// `postingsCap` is a parameter so tests can exercise tails with a handful of documents.
    public init(fold: @escaping @Sendable (Character) -> Character, postingsCap: Int = SearchIndexBuilder.postingsCap) {
        precondition(postingsCap > 0, "every token keeps at least one posting in its shard")
        foldCharacter = fold
        tokenizer = SearchTokenizer(fold: fold)
        self.postingsCap = postingsCap
    }

    public func files(documents: [SearchDocument], entities: [Entity]) -> [OutputFile] {
        let accumulator = Accumulator(builder: self)
        for document in documents { accumulator.add(analyse(document)) }
        return accumulator.finish(entities: entities).files
    }

    /// Documents per fragment block for an archive of `count` documents.
    static func chunkSize(documents count: Int) -> Int {
        max(minChunkSize, (count + maxChunks - 1) / maxChunks)
    }

    /// One document's weighted token frequencies, its length and its result fragment: the part of
    /// indexing that needs no other document, so it can run on all cores.
    public struct Analysed: Sendable {
        /// The document's tokens and weights; nil for one read from the cache without them, whose
        /// postings the previous build's snapshot holds (see `CarriedPostings`).
        var weights: TokenWeights?
        var length: Float
        /// The result fragment (title, link, byline, snippet clauses as JSON) as the index stores
        /// it: compressed on its own, here, so that a cached analysis brings it compressed and a
        /// rebuild does not compress every article's fragment again.
        var compressedFragment: [UInt8]
        var entityIDs: Set<String>
    }

    public func analyse(_ document: SearchDocument) -> Analysed {
        var coder = TokenCoder()
        // Per token, by its number: its weight summed over fields, and its body occurrences.
        var numbering = CodeNumbering(minimumCapacity: 1024)
        var tf: [Double] = []
        var occurrences: [Int] = []
        func numbered(_ token: TokenCoder.Code) -> Int {
            let number = numbering.number(token)
            if number == tf.count {
                tf.append(0)
                occurrences.append(0)
            }
            return number
        }
        var clauses: [SnippetPool.Clause] = []
        let weights = Self.fieldWeights
        func add(_ texts: [String], _ weight: Double) {
            for text in texts { for token in tokenizer.codes(text, &coder) { tf[numbered(token)] += weight } }
        }
        let titleTokens = tokenizer.codes(document.title, &coder)
        add([document.title], weights.title)
        add(document.headings, weights.headings)
        var bodyLength = 0.0
        for (paragraphs, weight) in [([document.abstract], weights.abstract), (document.body, weights.body)] {
            for paragraph in paragraphs {
                for text in SnippetPool.clauses(paragraph) {
                    let tokens = tokenizer.codes(text, &coder)
                    if weight == weights.body { bodyLength += Double(tokens.count) }
                    for token in tokens {
                        let number = numbered(token)
                        tf[number] += weight
                        occurrences[number] += 1
                    }
                    let shown = SnippetPool.clipped(text, to: SnippetPool.clauseLength)
                    clauses.append(SnippetPool.Clause(text: shown, tokens: shown == text ? tokens : tokenizer.codes(shown, &coder)))
                }
            }
        }
        var entityCounts: [String: Int] = [:]
        for id in document.entityIDs { entityCounts[id, default: 0] += 1 }
        for (id, count) in entityCounts { tf[numbered(coder.code("@" + id))] += weights.entity * Double(min(count, 5)) }
        let opening = SnippetPool.clipped(Self.openingSource(document), to: SnippetPool.openingLength)
        let pool = SnippetPool.choose(opening: opening, clauses: Array(clauses.dropFirst(openingClauses(clauses))),
                                      occurrences: { numbering.existingNumber($0).map { occurrences[$0] } ?? 0 },
                                      covered: Set(titleTokens + tokenizer.codes(opening, &coder)))
        let fragment = JSONText.array([document.title, document.url, document.lang, document.byline].map(JSONText.string)
                                      + [JSONText.array(pool.map(JSONText.string))])
        var tokenWeights = TokenWeights()
        tokenWeights.reserveCapacity(tokens: tf.count, bytes: tf.count * 6) // most tokens are a CJK pair, six bytes
        for (code, weight) in zip(numbering.codes, tf) { tokenWeights.append(coder.string(code), weight: Float(weight)) }
        return Analysed(weights: tokenWeights, length: Float(max(bodyLength, 1)), compressedFragment: SlicedFiles.compressed(Array(fragment.utf8)),
                        entityIDs: Set(entityCounts.keys))
    }

    /// The abstract, or else as much of the body as the opening can show (joining the whole body
    /// of every article only to keep its first 40 characters was a large share of indexing).
    static func openingSource(_ document: SearchDocument) -> String {
        guard document.abstract.isEmpty else { return document.abstract.trimmingCharacters(in: .whitespacesAndNewlines) }
        var joined = ""
        for paragraph in document.body {
            joined += paragraph
            let trimmed = joined.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.count > SnippetPool.openingLength { return trimmed }
        }
        return joined.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How many leading clauses the opening already shows, so they are not offered twice.
    private func openingClauses(_ clauses: [SnippetPool.Clause]) -> Int {
        var length = 0
        var count = 0
        for clause in clauses {
            length += clause.text.count
            guard length <= SnippetPool.openingLength else { break }
            count += 1
        }
        return count
    }
}
