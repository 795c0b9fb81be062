import Foundation

/// Page furniture: what the typesetter put on every page rather than in the article.
enum FurnitureRule {
    private static let pageNumber = try! NSRegularExpression(
        pattern: "^(?:[-–—－]\\s*[0-9]{1,4}\\s*[-–—－]|[0-9]{1,4}|第\\s*[0-9]{1,4}\\s*[页頁])$")
    private static let issueLine = try! NSRegularExpression(
        pattern: "^(?:[0-9]{4}\\s*年\\s*)?第\\s*[0-9]{1,3}\\s*(?:卷\\s*第\\s*[0-9]{1,3}\\s*)?期$")

    static func isPageNumber(_ text: String) -> Bool {
        startsWith("-–—－第", orDigit: text) && matches(pageNumber, text)
    }

    /// A journal's issue line such as `2025年第3期`, returned without spaces.
    static func issue(in text: String) -> String? {
        startsWith("第", orDigit: text) && matches(issueLine, text) ? text.filter { $0 != " " } : nil
    }

    /// Text compared for repeats: spaces and footnote markers (`[12]`) removed. Runs on every
    /// body line twice, so it works on scalars rather than characters.
    static func comparable(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.lazy.filter { $0 != " " })
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", let end = markerEnd(scalars, openingAt: index) {
                index = end
            } else {
                kept.append(scalars[index])
                index += 1
            }
        }
        return String(kept)
    }

    /// The index after `[n]` (one to three ASCII digits) opening at `index`.
    private static func markerEnd(_ scalars: [Unicode.Scalar], openingAt index: Int) -> Int? {
        var cursor = index + 1
        while cursor < scalars.count, cursor - index <= 3, ("0"..."9").contains(scalars[cursor]) { cursor += 1 }
        guard cursor > index + 1, cursor < scalars.count, scalars[cursor] == "]" else { return nil }
        return cursor + 1
    }

    private static func startsWith(_ scalars: String, orDigit text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || scalars.unicodeScalars.contains(first)
    }

    /// A line of hashtags only, as social posts of the article end: `#遠景論壇 #美國`.
    static func hashtags(in text: String) -> [String]? {
        guard text.unicodeScalars.first(where: { $0 != " " }) == "#" else { return nil }
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.hasPrefix("#") && $0.count > 1 }) else { return nil }
        return words.map { String($0.dropFirst()) }
    }

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
