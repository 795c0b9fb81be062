import BriefingSearch
import Dispatch
import Synchronization

/// The search index's accumulator, fed in archive order on a thread of its own. Adding an
/// article's postings is serial work; done on the building thread it held up the writing of
/// pages (with a warm cache at 10,000 articles, more than half of that thread's time). At most
/// `depth` batches wait their turn, so analyses never pile up in memory when pages come faster
/// than the index takes them.
final class SearchIndexFeed: Sendable {
    /// Immutable and shared by the parallel workers that analyse documents.
    let builder: SearchIndexBuilder
    /// Fed on `queue`, then finished by `finished`, after the queue has drained: the two never
    /// contend, and the mutex makes that checkable at one uncontended lock a batch.
    private let accumulator: Mutex<SearchIndexBuilder.Accumulator>
    private let queue = DispatchQueue(label: "briefing.search-index")
    private let room: DispatchSemaphore

    /// Carries the postings of the last build's snapshot over (see `CarriedPostings`) and, with
    /// `keepsSnapshot`, makes this build's for the next.
    init(_ builder: SearchIndexBuilder, previous: CarriedPostings? = nil, keepsSnapshot: Bool = false, depth: Int = 2) {
        self.builder = builder
        accumulator = Mutex(SearchIndexBuilder.Accumulator(builder: builder, previous: previous, keepsSnapshot: keepsSnapshot))
        needsTokens = { identity in previous?.carries(identity) != true }
        room = DispatchSemaphore(value: depth)
    }

    /// Whether a document of this identity needs its tokens (the snapshot lacks its postings);
    /// safe to ask from any thread.
    let needsTokens: @Sendable (String) -> Bool

    /// Hands over the next documents in archive order, each with the identity of its analysis;
    /// blocks only while `depth` batches wait.
    func add(_ batch: [(analysed: SearchIndexBuilder.Analysed, identity: String?)]) {
        guard !batch.isEmpty else { return }
        room.wait()
        queue.async {
            self.accumulator.withLock { accumulator in
                for (analysed, identity) in batch { accumulator.add(analysed, identity: identity) }
            }
            self.room.signal()
        }
    }

    /// What `finish` makes of the accumulator once every batch handed over is in it; nothing
    /// may be added after this.
    func finished<Result: Sendable>(_ finish: (SearchIndexBuilder.Accumulator) -> Result) -> Result {
        queue.sync {}
        return accumulator.withLock { finish($0) }
    }
}
