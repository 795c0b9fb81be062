/// Every token's postings so far, by token id: what the accumulator adds each document to, on
/// the building thread. A value of its own, so adding a document's tokens touches one stored
/// property of the accumulator once instead of two for every token.
///
/// Postings wait in `pending`, in document order, and go to their lists a batch of documents at
/// a time, token by token: a list's memory is then touched once per batch instead of once per
/// document, and touching thousands of lists per document was most of the cost of adding one.
struct TokenPostings {
    private(set) var vocabulary = TokenTable()
    /// Postings by token id, without the pending ones.
    private var lists: [PostingList] = []
    private var pending: [(token: UInt32, document: UInt32, weight: Float)] = []
    /// Per token id: zero between batches; while one is appended, a count and then a position.
    private var positions: [UInt32] = []
    /// Postings a batch holds before it is appended.
    let batchSize: Int

    /// The default batch, 3 MB, holds the postings of a hundred or so articles: few enough that the
    /// batch stays in cache, enough that each list is touched far less often than once per article.
    init(batchSize: Int = 1 << 18) {
        self.batchSize = batchSize
    }

    /// Postings whose vocabulary starts with `keys` (ids 0, 1, … in that order), each without postings.
    init(seeding keys: [[UInt8]], batchSize: Int = 1 << 18) {
        self.init(batchSize: batchSize)
        for key in keys {
            let id = key.withUnsafeBufferPointer { vocabulary.id(of: $0) }
            precondition(id == lists.count, "seeded keys are distinct")
            lists.append(PostingList())
        }
    }

    /// Adds a posting for each of a document's tokens; documents come in increasing order.
    mutating func add(_ weights: TokenWeights, document: UInt32) {
        weights.forEachToken { token, weight in
            let id = vocabulary.id(of: token)
            if id == lists.count { lists.append(PostingList()) }
            pending.append((UInt32(id), document, weight))
        }
        if pending.count >= batchSize { appendPending() }
    }

    /// The vocabulary and every token's postings, by id, leaving this empty (so the caller holds the
    /// only copy and can release each list once it is used).
    mutating func finish() -> (vocabulary: TokenTable, lists: [PostingList]) {
        appendPending()
        defer { self = TokenPostings(batchSize: batchSize) }
        return (vocabulary, lists)
    }

    /// Appends the pending postings to their lists, grouped by token with a counting sort (each
    /// token's stay in document order).
    private mutating func appendPending() {
        guard !pending.isEmpty else { return }
        if positions.count < lists.count { positions += repeatElement(0, count: lists.count - positions.count) }
        var touched: [Int] = []
        for posting in pending {
            let id = Int(posting.token)
            if positions[id] == 0 { touched.append(id) }
            positions[id] += 1
        }
        var start: UInt32 = 0
        for id in touched {
            let count = positions[id]
            positions[id] = start
            start += count
        }
        var grouped = [(document: UInt32, weight: Float)](repeating: (0, 0), count: pending.count)
        for posting in pending {
            let id = Int(posting.token)
            grouped[Int(positions[id])] = (posting.document, posting.weight)
            positions[id] += 1
        }
        // Each token's postings now end where its position points, and start where the previous token's end.
        var first = 0
        for id in touched {
            let end = Int(positions[id])
            for index in first..<end {
                let (document, weight) = grouped[index]
                lists[id].append(document: document, value: SearchIndexBuilder.RawPosting(document: document, weight: weight).code)
            }
            first = end
            positions[id] = 0
        }
        pending.removeAll(keepingCapacity: true)
    }
}
