import BriefingCore

/// Joins the hard-wrapped lines of one paragraph into running text.
///
/// Rules per boundary: CJK on either side joins with no space; a URL broken mid-way
/// continues with no space; a Latin word ending in a hyphen keeps it and joins with no space;
/// two Latin words get one space.
package enum LineJoiner {
    package static func join(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            let piece = line.trimmingSpaces()
            guard !piece.isEmpty else { continue }
            guard let last = text.last, let first = piece.first else {
                text += piece
                continue
            }
            if needsSpace(after: text, last: last, before: piece, first: first) { text += " " }
            text += piece
        }
        return SpaceNormalizer.normalize(text)
    }

    private static func needsSpace(after text: String, last: Character, before piece: String, first: Character) -> Bool {
        if CharacterClass.isCJK(last) || CharacterClass.isCJK(first) { return false }
        if last == "-" || last == "/" { return false }
        if endsInsideURL(text), continuesURL(first) { return false }
        return true
    }

    /// True when the text's last word is a URL that may go on (no closing punctuation yet).
    static func endsInsideURL(_ text: String) -> Bool {
        let word = text.split(whereSeparator: { $0 == " " || CharacterClass.isCJK($0) }).last ?? ""
        guard word.contains("http://") || word.contains("https://") || word.hasPrefix("www.") else { return false }
        guard let last = word.last else { return false }
        return !(last == "." && word.dropLast().last == "/") && last != ")" && last != ","
    }

    private static func continuesURL(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_./?=&%#~".contains(character))
    }
}
