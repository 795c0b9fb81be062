import BriefingCore

/// The few clauses of an article that its result snippets are cut from, in its own script: the
/// opening, then the clauses that best cover the terms the article keeps coming back to, in
/// document order. The browser shows the clauses that contain the query and highlights it there,
/// so a snippet sits around the match without shipping the article's whole text.
struct SnippetPool {
    static let openingLength = 40
    static let clauseLength = 32
    /// Characters of chosen clauses besides the opening; the fragment of a result stays small.
    static let budget = 72

    /// Characters that mostly glue sentences together (both scripts): pairs containing one say
    /// little about what an article is about, so they do not attract snippet clauses.
    static let function: Set<Character> = Set("的了是在和與与及或而也都並并就對对為为以於于其之這这那此該该從从將将被把由向等中上下不有")
    static let functionScalars: Set<UInt32> = Set(function.compactMap { $0.unicodeScalars.first?.value })

    struct Clause {
        var text: String
        var tokens: [TokenCoder.Code]
    }

    /// Clause punctuation: `，。！？；：,!?;`, one scalar each.
    private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x2C, 0x21, 0x3F, 0x3B: return true
        default: return false
        }
    }

    /// Splits text after clause punctuation. The tokenizer breaks runs at punctuation anyway, so the
    /// tokens of the clauses are exactly the tokens of the text. Works on scalars: it runs over
    /// every paragraph of every article. A clause is copied from the text's UTF-8 in one go, not
    /// appended a scalar at a time.
    static func clauses(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if endsClause(scalar) {
                append(scalars[start..<index], to: &result)
                start = index
            }
        }
        append(scalars[start..<index], to: &result)
        return result
    }

    private static func append(_ clause: Substring.UnicodeScalarView, to result: inout [String]) {
        guard let first = clause.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = clause.lastIndex(where: { !$0.properties.isWhitespace }) else { return }
        result.append(String(Substring(clause[first...last])))
    }

    static func clipped(_ text: String, to length: Int) -> String {
        text.count > length ? String(text.prefix(length)) + "…" : text
    }

    /// The opening (the first clauses up to `openingLength`), then greedily the clauses whose
    /// not-yet-covered tokens recur most in the article per character, until `budget` is spent.
    /// Integer scores and ties broken by position keep the choice deterministic. Tokens are
    /// numbered once, so each round is integer work over the clauses.
    static func choose(opening: String, clauses: [Clause], occurrences: (TokenCoder.Code) -> Int,
                       covered: Set<TokenCoder.Code>) -> [String] {
        let tokenCount = clauses.reduce(0) { $0 + $1.tokens.count }
        var ids = CodeNumbering(minimumCapacity: tokenCount)
        var weights: [Int] = []
        weights.reserveCapacity(tokenCount)
        var clauseTokens: [[Int]] = []
        clauseTokens.reserveCapacity(clauses.count)
        for clause in clauses {
            var list: [Int] = []
            for token in clause.tokens {
                let id = ids.number(token)
                if id == weights.count {
                    let count = occurrences(token)
                    let carries = count >= 2 && !covered.contains(token) && !TokenCoder.contains(token, anyOf: functionScalars)
                    weights.append(carries ? count : 0)
                }
                if weights[id] > 0, !list.contains(id) { list.append(id) }
            }
            clauseTokens.append(list)
        }
        let lengths = clauses.map { CharacterClass.characterCount(of: $0.text) }
        var isCovered = [Bool](repeating: false, count: weights.count)
        var isPicked = [Bool](repeating: false, count: clauses.count)
        var picked: [Int] = []
        var used = 0
        while used < budget {
            var best: (index: Int, gain: Int, length: Int)?
            for index in clauses.indices where !isPicked[index] {
                let length = lengths[index]
                guard used + length <= budget + 8 else { continue }
                var gain = 0
                for id in clauseTokens[index] where !isCovered[id] { gain += weights[id] }
                guard gain > 0 else { continue }
                if let current = best, gain * (current.length + 8) <= current.gain * (length + 8) { continue }
                best = (index, gain, length)
            }
            guard let chosen = best else { break }
            isPicked[chosen.index] = true
            picked.append(chosen.index)
            used += chosen.length
            for id in clauseTokens[chosen.index] { isCovered[id] = true }
        }
        return [opening] + picked.sorted().map { clauses[$0].text }
    }
}
