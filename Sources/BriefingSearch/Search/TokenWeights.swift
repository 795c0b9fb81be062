/// One document's distinct tokens with their weights. The tokens' UTF-8 is kept end to end in one
/// buffer, not as a `String` each: a cached analysis then decodes with a few copies instead of a
/// thousand strings, and the accumulator looks tokens up by their bytes (see `TokenTable`).
struct TokenWeights: RandomAccessCollection, Sendable {
    /// Every token's UTF-8, one after another.
    private(set) var utf8: [UInt8] = []
    /// Where each token's bytes end in `utf8`; token `i` starts where token `i - 1` ends.
    private(set) var ends: [UInt32] = []
    private(set) var weights: [Float] = []

    init() {}

    /// Nil unless `utf8` is valid UTF-8 cut by `ends` into non-empty tokens on scalar boundaries,
    /// one weight each (a damaged cache entry is analysed afresh).
    init?(utf8: [UInt8], ends: [UInt32], weights: [Float]) {
        guard ends.count == weights.count, Int(ends.last ?? 0) == utf8.count,
              String(validating: utf8, as: UTF8.self) != nil else { return nil }
        var start: UInt32 = 0
        for end in ends {
            guard end > start, end == utf8.count || !UTF8.isContinuation(utf8[Int(end)]) else { return nil }
            start = end
        }
        self.utf8 = utf8
        self.ends = ends
        self.weights = weights
    }

    mutating func reserveCapacity(tokens: Int, bytes: Int) {
        utf8.reserveCapacity(bytes)
        ends.reserveCapacity(tokens)
        weights.reserveCapacity(tokens)
    }

    mutating func append(_ token: String, weight: Float) {
        utf8.append(contentsOf: token.utf8)
        ends.append(UInt32(utf8.count))
        weights.append(weight)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ends.count }

    private func start(_ index: Int) -> Int { index == 0 ? 0 : Int(ends[index - 1]) }

    subscript(index: Int) -> (token: String, weight: Float) {
        (String(decoding: utf8[start(index)..<Int(ends[index])], as: UTF8.self), weights[index])
    }

    /// Calls `body` with each token's bytes and weight, in order, without making strings.
    func forEachToken(_ body: (UnsafeBufferPointer<UInt8>, Float) -> Void) {
        utf8.withUnsafeBufferPointer { bytes in
            var start = 0
            for (end, weight) in zip(ends, weights) {
                body(UnsafeBufferPointer(rebasing: bytes[start..<Int(end)]), weight)
                start = Int(end)
            }
        }
    }
}
