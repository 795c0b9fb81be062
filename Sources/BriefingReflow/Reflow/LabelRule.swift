import Foundation

/// The labels that introduce front- and back-matter fields, in both scripts.
enum LabelRule {
    enum Field: Sendable {
        case abstract, keywords, englishAbstract, englishKeywords, editorNote, notesHeading
    }

    private static let rules: [(Field, NSRegularExpression)] = [
        (.abstract, regex("^(?:【\\s*(?:内\\s*容\\s*提\\s*要|內\\s*容\\s*提\\s*要|摘\\s*要)\\s*】|(?:内容提要|內容提要|摘\\s*要)\\s*(?:[：:]|$))\\s*")),
        (.keywords, regex("^(?:【\\s*(?:关\\s*键\\s*词|關\\s*鍵\\s*詞|关键字|關鍵字)\\s*】|(?:关\\s*键\\s*词|關\\s*鍵\\s*詞|关键字|關鍵字)\\s*[：:])\\s*")),
        (.englishAbstract, regex("^(?:Abstract|ABSTRACT)\\s*[:：]\\s*")),
        (.englishKeywords, regex("^(?:Key\\s*[Ww]ords|KEY\\s*WORDS|Keywords)\\s*[:：]\\s*")),
        (.editorNote, regex("^(?:編按|编按|編者按|编者按)\\s*[：:]")),
        (.notesHeading, regex("^(?:注\\s*释|注\\s*釋|註\\s*釋|参考文献|參考文獻|尾\\s*注)\\s*[：:]?$")),
    ]

    /// Every label above begins with one of these; other lines skip the regular expressions,
    /// which would first copy the whole line to UTF-16.
    private static let firstScalars = Set("【内內摘关關AK編编注註参參尾".unicodeScalars)

    /// The field a line's label introduces, and the line's text after the label.
    static func field(of text: String) -> (field: Field, label: String, rest: String)? {
        guard let first = text.unicodeScalars.first, firstScalars.contains(first) else { return nil }
        for (field, pattern) in rules {
            let range = NSRange(text.startIndex..., in: text)
            guard let match = pattern.firstMatch(in: text, range: range), let end = Range(match.range, in: text) else {
                continue
            }
            let keepsLabel = field == .editorNote
            return (field, String(text[end]), keepsLabel ? text : String(text[end.upperBound...]))
        }
        return nil
    }

    /// Splits a keyword list on the separators journals use (`；` `;` `，` `、`).
    static func keywords(in text: String) -> [String] {
        text.split(whereSeparator: { "；;，,、".contains($0) })
            .map { SpaceNormalizer.normalize($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern)
    }
}
