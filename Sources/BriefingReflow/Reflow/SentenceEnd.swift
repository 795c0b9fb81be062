import BriefingCore

/// Whether a line's text ends a sentence, looking past closing quotes and footnote markers.
package enum SentenceEnd {
    package static func endsSentence(_ text: String) -> Bool {
        var characters = Substring(text)
        while true {
            characters = characters.dropLastSpaces()
            if let marker = FootnoteMarker.trailingMarkerRange(in: characters) {
                characters = characters[..<marker]
                continue
            }
            guard let last = characters.last else { return false }
            // A parenthetical after the sentence (`…发展。[市体育局，市足协]`, `…。（责任单位：…）`).
            if let opener = Self.openers[last], let open = characters.lastIndex(of: opener),
               let before = characters[..<open].dropLastSpaces().last, CharacterClass.sentenceEnders.contains(before) {
                return true
            }
            if CharacterClass.closers.contains(last) {
                characters = characters.dropLast()
                if let previous = characters.dropLastSpaces().last, CharacterClass.sentenceEnders.contains(previous) {
                    return true
                }
                continue
            }
            return CharacterClass.sentenceEnders.contains(last)
        }
    }

    private static let openers: [Character: Character] = ["]": "[", "】": "【", "）": "（", ")": "(", "〕": "〔"]

    /// Whether `character` closes a bracket a parenthetical after a sentence may stand in.
    static func closesBracket(_ character: Character) -> Bool { openers[character] != nil }

    /// Ends with a full stop, comma, colon or semicolon of any width: a clause, not a heading.
    static func endsWithPunctuation(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces().last else { return false }
        return CharacterClass.clausePunctuation.contains(last) || CharacterClass.sentenceEnders.contains(last)
    }
}

extension Substring {
    package func dropLastSpaces() -> Substring {
        var result = self
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
