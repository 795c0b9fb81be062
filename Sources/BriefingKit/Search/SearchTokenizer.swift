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
        for character in normalise(text) {
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

    /// Ideographs, kana and hangul: the characters that are indexed in pairs.
    static func isSearchIdeograph(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}
