/// A small seeded random-number generator (SplitMix64) whose sequence is fixed by its seed.
///
/// Synthetic archives must be byte-identical for the same seed on every machine and Swift
/// version, so draws and shuffles use only this generator's own arithmetic, never the standard
/// library's `random(in:)` or `shuffle()`, whose algorithms may change.
struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator for one stream (one article) of a run seed; streams do not depend on each other.
    init(seed: UInt64, stream: UInt64) {
        state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<count` (`count` must be positive); the modulo bias is irrelevant here.
    mutating func below(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// Fisher–Yates, with this generator's draws only.
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(index, below(index + 1))
        }
    }

    /// Sixteen lower-case hex digits, as in the real seeds' file names.
    mutating func hex() -> String {
        let digits = String(next(), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
