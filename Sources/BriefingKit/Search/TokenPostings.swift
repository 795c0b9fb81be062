/// Every token's postings so far, by token id: what the accumulator adds each document to, on
/// the building thread. A value of its own, so adding a document's tokens touches one stored
/// property of the accumulator once instead of two for every token.
struct TokenPostings {
    private(set) var vocabulary = TokenTable()
    /// Postings by token id.
    private var lists: [PostingList] = []

    /// Adds a posting for each of a document's tokens; documents come in increasing order.
    mutating func add(_ weights: TokenWeights, document: UInt32) {
        weights.forEachToken { token, weight in
            let id = vocabulary.id(of: token)
            if id == lists.count { lists.append(PostingList()) }
            lists[id].append(document: document, value: SearchIndexBuilder.RawPosting(document: document, weight: weight).code)
        }
    }

    /// The vocabulary and every token's postings, by id, leaving this empty (so the caller holds the
    /// only copy and can release each list once it is used).
    mutating func finish() -> (vocabulary: TokenTable, lists: [PostingList]) {
        defer { self = TokenPostings() }
        return (vocabulary, lists)
    }
}
