/// Search tokens of one document as numbers, so analysing an article counts and compares integers
/// instead of hashing a string per character pair. A CJK pair or lone character is packed from its
/// scalars (21 bits each); any other token (Latin or digit words, entity ids, unusual pairs) is
/// numbered in the order it is first seen, with the top bit set. `string` gives a token back.
struct TokenCoder {
    typealias Code = UInt64

    private static let wordBit: Code = 1 << 63
    /// In the low 21 bits of a lone character's code: above every scalar, so no pair looks like it.
    private static let lone: Code = 0x1F_FFFF

    private var wordCodes: [String: Code] = [:]
    private var words: [String] = []

    static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Code {
        Code(first.value) << 21 | Code(second.value)
    }

    static func single(_ scalar: Unicode.Scalar) -> Code {
        Code(scalar.value) << 21 | lone
    }

    /// The code of a token string: packed when it is one or two ideographs of one scalar each,
    /// exactly as the scalar path packs them, else its word number.
    mutating func code(_ token: String) -> Code {
        let scalars = token.unicodeScalars
        var iterator = scalars.makeIterator()
        if let first = iterator.next(), SearchTokenizer.isSearchIdeograph(first) {
            let second = iterator.next()
            if iterator.next() == nil, token.count == scalars.count {
                if let second, SearchTokenizer.isSearchIdeograph(second) { return Self.pair(first, second) }
                if second == nil { return Self.single(first) }
            }
        }
        if let known = wordCodes[token] { return known }
        let code = Self.wordBit | Code(words.count)
        wordCodes[token] = code
        words.append(token)
        return code
    }

    func string(_ code: Code) -> String {
        if code & Self.wordBit != 0 { return words[Int(code & ~Self.wordBit)] }
        var scalars = String.UnicodeScalarView()
        scalars.append(Unicode.Scalar(UInt32(code >> 21))!)
        if code & Self.lone != Self.lone { scalars.append(Unicode.Scalar(UInt32(code & Self.lone))!) }
        return String(scalars)
    }

    /// Whether a token contains one of `characters` (single-scalar characters); words never hold ideographs.
    static func contains(_ code: Code, anyOf scalars: Set<UInt32>) -> Bool {
        guard code & wordBit == 0 else { return false }
        let low = UInt32(code & lone)
        return scalars.contains(UInt32(code >> 21)) || (code & lone != lone && scalars.contains(low))
    }
}
