import Dispatch

/// Maps over items on all cores and returns the results in input order, so parallel builds stay
/// deterministic. The transform must be safe to call concurrently.
enum Parallel {
    static func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values()
    }

    /// One slot per index, each written by exactly one iteration, read after all have finished.
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
