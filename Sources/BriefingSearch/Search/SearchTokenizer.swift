/// Splits text into search tokens, exactly as the browser client does (`search-core.js`):
/// the text is NFKC-normalised and lower-cased, every character folded to Simplified, then
/// CJK runs give overlapping character pairs (a lone character gives itself) and Latin or digit
/// runs give words. No word dictionary is needed, so the browser can repeat it on any query.
public struct SearchTokenizer: Sendable {
    let fold: @Sendable (Character) -> Character

    public init(fold: @escaping @Sendable (Character) -> Character) {
        self.fold = fold
    }

    public func normalise(_ text: String) -> [Character] {
        text.precomposedStringWithCompatibilityMapping.lowercased().map(fold)
    }

    public func tokens(_ text: String) -> [String] {
        tokens(of: Self.separatorsAndSafeCharacters(text, fold: fold) ?? normalise(text))
    }

    /// Tokens of already normalised and folded characters.
    func tokens(of characters: [Character]) -> [String] {
        var tokens: [String] = []
        var run: [Character] = []
        var runIsCJK = false
        func flush() {
            guard !run.isEmpty else { return }
            if runIsCJK {
                if run.count == 1 { tokens.append(String(run)) }
                for index in 0..<(run.count - 1) { tokens.append(String(run[index...(index + 1)])) }
            } else {
                tokens.append(String(run))
            }
            run = []
        }
        for character in characters {
            let isCJK = Self.isSearchIdeograph(character)
            let isWord = !isCJK && (character.isLetter || character.isNumber)
            if isCJK || isWord {
                if !run.isEmpty, isCJK != runIsCJK { flush() }
                runIsCJK = isCJK
                run.append(character)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The fast path of tokenising: text made only of ASCII, unified ideographs (which NFKC leaves
    /// alone) and CJK or fullwidth punctuation (which NFKC maps to other punctuation, a separator
    /// either way) gives the same tokens without Foundation's NFKC pass and lower-casing of the
    /// whole text, a large share of indexing. Nil for any other text, which takes the full path.
    static func separatorsAndSafeCharacters(_ text: String, fold: (Character) -> Character) -> [Character]? {
        foldedSafeScalars(text, fold: fold)?.map(Character.init)
    }

    /// Ideographs, kana and hangul: the characters that are indexed in pairs.
    static func isSearchIdeograph(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isSearchIdeograph(scalar)
    }

    static func isSearchIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// The tokens of `text` as codes of `coder`: the same tokens as `tokens(_:)`, in the same order.
    /// Text the fast path accepts is tokenised scalar by scalar without making a string per token.
    func codes(_ text: String, _ coder: inout TokenCoder) -> [TokenCoder.Code] {
        guard let scalars = Self.foldedSafeScalars(text, fold: fold) else { return tokens(text).map { coder.code($0) } }
        var codes: [TokenCoder.Code] = []
        codes.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isSearchIdeograph(scalar) {
                var end = index + 1
                while end < scalars.count, Self.isSearchIdeograph(scalars[end]) { end += 1 }
                if end - index == 1 { codes.append(TokenCoder.single(scalar)) }
                for at in index..<(end - 1) { codes.append(TokenCoder.pair(scalars[at], scalars[at + 1])) }
                index = end
            } else if scalar == " " {
                index += 1
            } else {
                var end = index + 1
                while end < scalars.count, scalars[end] != " ", !Self.isSearchIdeograph(scalars[end]) { end += 1 }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[index..<end])
                codes.append(coder.code(String(word)))
                index = end
            }
        }
        return codes
    }

    /// The fast path's text as scalars (a separator is a space); nil for text outside it, or where
    /// a folded ideograph is not one ideograph scalar.
    static func foldedSafeScalars(_ text: String, fold: (Character) -> Character) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x30...0x39, 0x61...0x7A: scalars.append(scalar)
            case 0x00...0x7F: scalars.append(" ")
            case 0x3400...0x4DBF, 0x4E00...0x9FFF:
                let folded = fold(Character(scalar)).unicodeScalars
                guard folded.count == 1, let only = folded.first, isSearchIdeograph(only) else { return nil }
                scalars.append(only)
            case 0x3000...0x3004, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
                 0xFF5B...0xFF65, 0x2010...0x2027, 0xB7:
                scalars.append(" ")
            default: return nil
            }
        }
        return scalars
    }
}
