import Foundation

/// Page furniture: what the typesetter put on every page rather than in the article.
enum FurnitureRule {
    private static let pageNumber = try! NSRegularExpression(
        pattern: "^(?:[-–—－]\\s*[0-9]{1,4}\\s*[-–—－]|[0-9]{1,4}|第\\s*[0-9]{1,4}\\s*[页頁])$")
    private static let issueLine = try! NSRegularExpression(
        pattern: "^(?:[0-9]{4}\\s*年\\s*)?第\\s*[0-9]{1,3}\\s*(?:卷\\s*第\\s*[0-9]{1,3}\\s*)?期$")

    static func isPageNumber(_ text: String) -> Bool { matches(pageNumber, text) }

    /// A journal's issue line such as `2025年第3期`, returned without spaces.
    static func issue(in text: String) -> String? {
        matches(issueLine, text) ? text.filter { $0 != " " } : nil
    }

    /// Text compared for repeats: spaces and footnote markers removed.
    static func comparable(_ text: String) -> String {
        var characters = Array(text.filter { $0 != " " })
        var index = 0
        while index < characters.count {
            if let marker = FootnoteMarker.marker(in: characters, at: index) {
                characters.removeSubrange(index..<marker.end)
            } else {
                index += 1
            }
        }
        return String(characters)
    }

    /// A line of hashtags only, as social posts of the article end: `#遠景論壇 #美國`.
    static func hashtags(in text: String) -> [String]? {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.hasPrefix("#") && $0.count > 1 }) else { return nil }
        return words.map { String($0.dropFirst()) }
    }

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
