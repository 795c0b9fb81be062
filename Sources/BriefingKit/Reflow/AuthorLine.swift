/// Recognises a by-line of Chinese personal names and splits it into names.
///
/// Names are separated by runs of spaces, and two-character names are often spaced out to line
/// up with three-character ones (`信  强  刁国轩`), so runs of single characters are merged.
/// Marks for author notes (`*`, `[1]`) are returned separately.
enum AuthorLine {
    struct Parsed: Equatable {
        var names: [String]
        var markers: [String]
    }

    static func parse(_ text: String) -> Parsed? {
        var tokens: [String] = []
        var markers: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            var name = word
            while let last = name.last, "*＊†".contains(last) {
                markers.append(String(last))
                name.removeLast()
            }
            if name.isEmpty { continue }
            if FootnoteMarker.noteStart(name + " x")?.body == "x" {
                markers.append(name)
                continue
            }
            tokens.append(name)
        }
        var names: [String] = []
        var pendingSingles = ""
        for token in tokens {
            guard token.allSatisfy({ CharacterClass.isIdeograph($0) || $0 == "·" }) else { return nil }
            if token.count == 1 {
                pendingSingles += token
                continue
            }
            if !pendingSingles.isEmpty { names.append(pendingSingles); pendingSingles = "" }
            names.append(token)
        }
        if !pendingSingles.isEmpty { names.append(pendingSingles) }
        guard (1...6).contains(names.count) else { return nil }
        for name in names {
            let plain = name.filter { $0 != "·" }
            let limit = name.contains("·") ? 10 : 4
            guard (2...limit).contains(plain.count), !HeadingRule.isNamedHeading(name) else { return nil }
        }
        return Parsed(names: names, markers: markers)
    }
}
