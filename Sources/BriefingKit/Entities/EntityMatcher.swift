/// Finds gazetteer names in running text, whichever script or regional form is used.
///
/// Names and text are folded the same way (Traditional to Simplified character by character,
/// Latin to lower case, middle dots unified), so `盧比歐`, `卢比欧` and a Simplified alias all
/// match each other. At each position the longest name wins. Latin names only match whole words.
/// Single characters are never names, so compounds such as `美日` or `川石` match nothing.
public struct EntityMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        /// Character offsets into the searched text.
        public var range: Range<Int>
        public var entityID: String
    }

    private let table: [String: String]
    /// For each first character, the lengths of the names that start with it, longest first.
    private let lengthsByFirst: [Character: [Int]]
    private let fold: @Sendable (String) -> [Character]

    public init(gazetteer: Gazetteer, fold: @escaping @Sendable (String) -> [Character]) {
        var table: [String: String] = [:]
        // Phrases that are not mentions map to no entity; as the longest match they hide the name inside.
        for entity in gazetteer.entities {
            for phrase in entity.notIn where phrase.count >= 2 { table[String(fold(phrase))] = "" }
        }
        for entity in gazetteer.entities {
            for name in entity.allNames where name.count >= 2 {
                let key = String(fold(name))
                if table[key] == nil { table[key] = entity.id }
            }
        }
        self.table = table
        var lengths: [Character: Set<Int>] = [:]
        for key in table.keys { lengths[key.first!, default: []].insert(key.count) }
        lengthsByFirst = lengths.mapValues { $0.sorted(by: >) }
        self.fold = fold
    }

    public var isEmpty: Bool { table.isEmpty }

    /// The text folded as names are matched.
    public func folded(_ text: String) -> String { String(fold(text)) }

    public func matches(in text: String) -> [Match] {
        guard !table.isEmpty else { return [] }
        let folded = fold(text)
        var matches: [Match] = []
        var start = 0
        while start < folded.count {
            var found: Match?
            for length in lengthsByFirst[folded[start]] ?? [] where start + length <= folded.count {
                let end = start + length
                if let id = table[String(folded[start..<end])], isWholeWord(folded, start, end) {
                    found = Match(range: start..<end, entityID: id)
                    break
                }
            }
            if let found {
                if !found.entityID.isEmpty { matches.append(found) }
                start = found.range.upperBound
            } else {
                start += 1
            }
        }
        return matches
    }

    /// A Latin name must not continue a Latin word on either side (`Quad` is not in `Quadrant`).
    private func isWholeWord(_ text: [Character], _ start: Int, _ end: Int) -> Bool {
        func isWordCharacter(_ character: Character) -> Bool { character.isASCII && (character.isLetter || character.isNumber) }
        if isWordCharacter(text[start]), start > 0, isWordCharacter(text[start - 1]) { return false }
        if isWordCharacter(text[end - 1]), end < text.count, isWordCharacter(text[end]) { return false }
        return true
    }
}
