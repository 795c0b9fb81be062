/// Numbers the folded characters that occur in gazetteer names, so that matching compares
/// integers instead of `Character`s.
///
/// A character of text becomes a code: the number of its folded form shifted left by one (zero
/// when no name contains it), with the low bit set when the folded form is a Latin letter or
/// digit, which is what word boundaries are made of.
struct NameAlphabet: Sendable {
    typealias Code = UInt32

    /// The code of a scalar that may join its neighbours into one character (a combining mark, a
    /// joiner, a carriage return); text containing one is read character by character.
    static let joining: Code = .max

    /// Scalars that are a whole character whatever surrounds them (the ranges Swift's own grapheme
    /// breaking treats as always breaking, less the carriage return): text made only of these can
    /// be read scalar by scalar, each scalar being exactly one `Character`.
    static let standAlone: [ClosedRange<UInt32>] = [
        0x0000...0x000C, 0x000E...0x02FF, 0x0400...0x0482, 0x061D...0x064A, 0x2010...0x2029,
        0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FC, 0x3400...0xA4CF, 0xFF01...0xFF9D,
    ]

    private var numbers: [Character: UInt32] = [:]
    /// For each scalar of the Basic Multilingual Plane, the code of the character it forms alone.
    private var scalarCodes: [Code] = []

    /// How many numbers are given out, counting the zero of "in no name".
    var count: Int { numbers.count + 1 }

    /// The number of a folded character of a name, given out on first use.
    mutating func number(of folded: Character) -> UInt32 {
        if let known = numbers[folded] { return known }
        let next = UInt32(numbers.count + 1)
        numbers[folded] = next
        return next
    }

    /// The code of a folded character of text.
    func code(of folded: Character) -> Code {
        let isWord = folded.isASCII && (folded.isLetter || folded.isNumber)
        return (numbers[folded] ?? 0) << 1 | (isWord ? 1 : 0)
    }

    /// Folds every stand-alone scalar once, so text made of them needs no folding and no lookups.
    /// Call after the last `number(of:)`.
    mutating func tabulate(fold: (String) -> [Character]) {
        var codes = [Code](repeating: Self.joining, count: 0x10000)
        for range in Self.standAlone {
            let scalars = range.compactMap(Unicode.Scalar.init)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            var folded = fold(text)
            // The fold promises one character per character; if it does not keep that, fold one by one.
            if folded.count != scalars.count { folded = scalars.map { fold(String($0)).first ?? Character($0) } }
            for (scalar, character) in zip(scalars, folded) { codes[Int(scalar.value)] = code(of: character) }
        }
        scalarCodes = codes
    }

    /// The code of `scalar` as a character of its own, or `joining`.
    @inline(__always)
    func code(ofScalar value: UInt32) -> Code {
        value < 0x10000 ? scalarCodes[Int(value)] : Self.joining
    }
}
