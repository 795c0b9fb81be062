import Foundation

/// Statutes and official documents open parts, chapters, sections and articles with a label
/// (`第一章`, `第二節`, `第3條`, `第十二条之一`) that the page sets apart from what follows by a
/// space, or puts on a line of its own. That space belongs to how the label is read, so one is
/// kept, where other spaces between Chinese characters are extraction noise and go.
enum StructureLabelRule {
    private static let label = try! NSRegularExpression(pattern:
        "^第\\s*[一二三四五六七八九十百零〇0-9]{1,4}\\s*(?:编|編|部分|章|节|節|条|條)(?:之[一二三四五六七八九十0-9]{1,3})?(?=[\\s\\u3000]|$)")

    /// Whether a line opens with an article's label set apart (`第二十三条 行政机关…`): an article
    /// is a paragraph of its own, whatever the line before it looks like.
    static func opensArticle(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        guard text.hasPrefix("第"), text.contains(where: { $0 == "条" || $0 == "條" }),
              let match = label.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return false }
        return text[range].contains { $0 == "条" || $0 == "條" }
    }

    /// A heading's decimal number (`1`, `4.4.1`), which the page sets apart from the words.
    private static let sectionNumber = try! NSRegularExpression(pattern: "^[0-9]{1,2}(?:[.．][0-9]{1,2}){0,2}(?=[\\s\\u3000])")

    /// The lines of one block joined as `LineJoiner` does, with one space after a leading label
    /// that stood apart on the page; for a heading, also after its decimal number.
    static func join(_ lines: [String], isHeading: Bool = false) -> String {
        let text = LineJoiner.join(lines)
        guard let first = lines.first?.trimmingSpaces(), first.hasPrefix("第") || isHeading,
              let match = (first.hasPrefix("第") ? label : sectionNumber).firstMatch(in: first, range: NSRange(first.startIndex..., in: first)),
              let range = Range(match.range, in: first) else { return text }
        let printed = first[range].filter { $0 != " " && $0 != "\u{3000}" }
        let standsApart = range.upperBound < first.endIndex || lines.count > 1
        guard standsApart, text.hasPrefix(printed) else { return text }
        let rest = text.dropFirst(printed.count).drop { $0 == " " || $0 == "\u{3000}" }
        return rest.isEmpty ? text : printed + " " + rest
    }
}
