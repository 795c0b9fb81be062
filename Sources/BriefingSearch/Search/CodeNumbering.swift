/// Numbers token codes 0, 1, 2, … in the order they are first seen, so that what an article's
/// analysis keeps per token (weight, occurrences) lives in plain arrays.
///
/// Analysing an article looks a code up for every token of its text; with `Dictionary` that was
/// a keyed hash (SipHash) per lookup and a fifth of the analysis. Codes are already well spread
/// integers, so an open-addressing table with a multiplicative hash does it in a few instructions.
/// No code is 0 (a pair or a lone ideograph has a nonzero scalar, a word code its top bit), so 0
/// marks an empty slot.
struct CodeNumbering {
    /// The codes in the order they were numbered: `codes[n]` has number `n`.
    private(set) var codes: [TokenCoder.Code] = []
    private var slots: [TokenCoder.Code]
    private var numbers: [Int32]
    private var shift: UInt64

    init(minimumCapacity: Int = 32) {
        var bits = 5
        while 1 << bits < minimumCapacity * 2 { bits += 1 }
        slots = [TokenCoder.Code](repeating: 0, count: 1 << bits)
        numbers = [Int32](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        codes.reserveCapacity(minimumCapacity)
    }

    var count: Int { codes.count }

    /// The code's number, given it now if it has none.
    mutating func number(_ code: TokenCoder.Code) -> Int {
        precondition(code != 0, "token code 0 is the empty slot")
        var slot = home(code)
        while slots[slot] != 0 {
            if slots[slot] == code { return Int(numbers[slot]) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = codes.count
        slots[slot] = code
        numbers[slot] = Int32(number)
        codes.append(code)
        if codes.count * 2 > slots.count { grow() }
        return number
    }

    /// The code's number, or nil when it has none.
    func existingNumber(_ code: TokenCoder.Code) -> Int? {
        var slot = home(code)
        while slots[slot] != 0 {
            if slots[slot] == code { return Int(numbers[slot]) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private func home(_ code: TokenCoder.Code) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let kept = codes
        self = CodeNumbering(minimumCapacity: slots.count)
        for code in kept { _ = number(code) }
    }
}
