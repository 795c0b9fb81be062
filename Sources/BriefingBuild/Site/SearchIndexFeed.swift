import BriefingSearch
import Dispatch

/// The search index's accumulator, fed in archive order on a thread of its own. Adding an
/// article's postings is serial work; done on the building thread it held up the writing of
/// pages (with a warm cache at 10,000 articles, more than half of that thread's time). At most
/// `depth` batches wait their turn, so analyses never pile up in memory when pages come faster
/// than the index takes them.
final class SearchIndexFeed: @unchecked Sendable {
    /// Immutable and shared by the parallel workers that analyse documents.
    let builder: SearchIndexBuilder
    private let accumulator: SearchIndexBuilder.Accumulator
    private let queue = DispatchQueue(label: "briefing.search-index")
    private let room: DispatchSemaphore

    /// Carries `carried` over (see `CarriedPostings`) and, given a `codeIdentity`, keeps this
    /// build's postings for the next.
    init(_ builder: SearchIndexBuilder, carrying carried: CarriedPostings? = nil, keepFor codeIdentity: String? = nil, depth: Int = 2) {
        self.builder = builder
        accumulator = SearchIndexBuilder.Accumulator(builder: builder, carrying: carried, keepFor: codeIdentity)
        needsTokens = { [numbers = carried?.numbers] key in numbers?[key] == nil }
        room = DispatchSemaphore(value: depth)
    }

    /// Whether a document of this postings key needs its tokens (the carried postings lack its
    /// own); safe to ask from any thread.
    let needsTokens: @Sendable (String) -> Bool

    /// Hands over the next documents in archive order; blocks only while `depth` batches wait.
    func add(_ batch: [SearchIndexBuilder.Analysed]) {
        guard !batch.isEmpty else { return }
        room.wait()
        queue.async {
            for analysed in batch { self.accumulator.add(analysed) }
            self.room.signal()
        }
    }

    /// The accumulator once every batch handed over is in it; nothing may be added after this.
    func finished() -> SearchIndexBuilder.Accumulator {
        queue.sync {}
        return accumulator
    }
}
