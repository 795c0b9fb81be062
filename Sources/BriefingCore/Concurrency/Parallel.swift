import Dispatch
import Synchronization

/// Maps over items on all cores and returns the results in input order, so parallel builds stay
/// deterministic. The transform must be safe to call concurrently.
package enum Parallel {
    /// Hands `value` to another thread to be freed there, once the caller lets go of it too: the
    /// last references to a large archive's mentions and entity usage (hundreds of thousands of
    /// strings) took most of a second to free on the building thread, between two stages.
    package static func release<Value: Sendable>(_ value: Value) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }

    package static func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values()
    }

    /// `map` for many small items: each task takes a run of consecutive items, about `runs` runs
    /// in all, so the cost of handing out work stays small. Results come in input order.
    package static func map<Item: Sendable, Output: Sendable>(_ items: [Item], runs: Int,
                                                      _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        let size = max(1, (items.count + runs - 1) / max(1, runs))
        let starts = Array(stride(from: 0, to: items.count, by: size))
        return map(starts) { start in items[start..<min(start + size, items.count)].map(transform) }.flatMap { $0 }
    }

    /// Renders `jobs` on all cores a chunk at a time and hands each result to `write` in job
    /// order: the pages of long archive lists never sit in memory all at once. Stops at the
    /// first failure, in job order.
    package static func forEachChunk<Job: Sendable, Output: Sendable>(
        _ jobs: [Job], chunk: Int = 64, _ transform: @escaping @Sendable (Job) throws(DiagnosticError) -> Output,
        write: (Output) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) {
        for start in stride(from: 0, to: jobs.count, by: chunk) {
            let results = map(Array(jobs[start..<min(start + chunk, jobs.count)])) { job in
                Result<Output, DiagnosticError> { () throws(DiagnosticError) -> Output in try transform(job) }
            }
            for result in results { try write(result.get()) }
        }
    }

    /// Work started now on another thread, its result collected later, so no core idles through
    /// the serial steps of the work beside it: the next batch of seeds converts while this one is
    /// written, and the search index is made while the entity pages are.
    package final class Prefetch<Output: Sendable>: Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let output = Mutex<Output?>(nil)

        package init(_ work: @escaping @Sendable () -> Output) {
            DispatchQueue.global().async {
                let result = work()
                self.output.withLock { $0 = result }
                self.done.signal()
            }
        }

        /// Blocks until the work has finished; call once.
        package func wait() -> Output {
            done.wait()
            return output.withLock { $0! }
        }
    }

    /// One slot per index, each written by exactly one iteration, read after all have finished.
    /// Unchecked: the iterations write disjoint slots, which the compiler cannot see, and a lock
    /// per slot would cost more than the work of many small maps.
    private final class Slots<Output>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Output?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: Output) { buffer[index] = value }

        func values() -> [Output] { buffer.map { $0! } }
    }
}
