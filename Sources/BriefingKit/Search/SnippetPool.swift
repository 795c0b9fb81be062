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

    struct Clause {
        var text: String
        var tokens: [String]
    }

    /// Splits text after clause punctuation. The tokenizer breaks runs at punctuation anyway, so the
    /// tokens of the clauses are exactly the tokens of the text.
    static func clauses(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if "，。！？；：,!?;".contains(character) {
                append(&current, to: &result)
            }
        }
        append(&current, to: &result)
        return result
    }

    private static func append(_ clause: inout String, to result: inout [String]) {
        let trimmed = clause.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        if !trimmed.isEmpty { result.append(String(trimmed)) }
        clause = ""
    }

    static func clipped(_ text: String, to length: Int) -> String {
        text.count > length ? String(text.prefix(length)) + "…" : text
    }

    /// The opening (the first clauses up to `openingLength`), then greedily the clauses whose
    /// not-yet-covered tokens recur most in the article per character, until `budget` is spent.
    /// Integer scores and ties broken by position keep the choice deterministic.
    static func choose(opening: String, clauses: [Clause], occurrences: [String: Int], covered: Set<String>) -> [String] {
        var covered = covered
        var picked: [Int] = []
        var used = 0
        func weight(_ token: String) -> Int {
            let count = occurrences[token, default: 0]
            return count >= 2 && !token.contains(where: Self.function.contains) ? count : 0
        }
        while used < budget {
            var best: (index: Int, gain: Int, length: Int)?
            for (index, clause) in clauses.enumerated() where !picked.contains(index) {
                let length = clause.text.count
                guard used + length <= budget + 8 else { continue }
                var gain = 0
                var seen: Set<String> = []
                for token in clause.tokens where !covered.contains(token) && seen.insert(token).inserted { gain += weight(token) }
                guard gain > 0 else { continue }
                if let current = best, gain * (current.length + 8) <= current.gain * (length + 8) { continue }
                best = (index, gain, length)
            }
            guard let chosen = best else { break }
            picked.append(chosen.index)
            used += chosen.length
            covered.formUnion(clauses[chosen.index].tokens)
        }
        return [opening] + picked.sorted().map { clauses[$0].text }
    }
}
