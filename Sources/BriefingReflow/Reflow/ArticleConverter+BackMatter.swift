import BriefingCore
import Foundation

/// English abstract block, endnotes heading, editor's note, hashtags, promotional blurb and footer.
extension ArticleConverter {
    struct Closing {
        var bodyEnd: Int
        var editorNote: Int?
        var blurbCandidates: [[Int]]
    }

    /// The English title, authors, abstract and keywords printed after the article; returns where they start.
    mutating func readEnglishBackMatter() -> Int? {
        guard let abstractIndex = lines.lastIndex(where: { LabelRule.field(of: $0.content)?.field == .englishAbstract }),
              abstractIndex > lines.count / 2 else { return nil }
        let keywordsIndex = lines[abstractIndex...].firstIndex(where: { LabelRule.field(of: $0.content)?.field == .englishKeywords })
        draft.english.abstract = joinedField(abstractIndex..<(keywordsIndex ?? lines.count), field: .englishAbstract)
        if let keywordsIndex {
            let text = joinedField(keywordsIndex..<lines.count, field: .englishKeywords) ?? ""
            draft.english.keywords = LabelRule.keywords(in: text)
        }
        var start = abstractIndex
        var index = abstractIndex - 1
        while index >= 0, lines[index].isSpacer { index -= 1 }
        if index >= 0, isEnglishByline(lines[index]) {
            draft.english.authors = lines[index].content
                .components(separatedBy: CharacterSet(charactersIn: "&,，、")).flatMap { $0.components(separatedBy: " and ") }
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            consumed.insert(index)
            start = index
            index -= 1
        }
        var titleParts: [String] = []
        while index >= 0, abstractIndex - index < 8, !lines[index].isSpacer || titleParts.isEmpty {
            guard lines[index].isSpacer || isLatinLine(lines[index]) else { break }
            if !lines[index].isSpacer {
                titleParts.insert(lines[index].content, at: 0)
                consumed.insert(index)
                start = index
            }
            index -= 1
        }
        if !titleParts.isEmpty { draft.english.title = LineJoiner.join(titleParts) }
        return start
    }

    private func isLatinLine(_ line: TextLine) -> Bool {
        !line.content.contains(where: CharacterClass.isIdeograph) && line.content.contains(where: \.isLetter)
    }

    private func isEnglishByline(_ line: TextLine) -> Bool {
        isLatinLine(line) && line.width <= geometry.fullWidth * 0.7 && !line.content.hasSuffix(".")
            && LabelRule.field(of: line.content) == nil
    }

    private mutating func joinedField(_ range: Range<Int>, field: LabelRule.Field) -> String? {
        var parts: [String] = []
        for index in range where !lines[index].isSpacer && !consumed.contains(index) {
            var text = lines[index].content
            if let label = LabelRule.field(of: text), label.field == field, parts.isEmpty {
                trace.drop(label.label, line: lines[index].number, .label)
                text = label.rest
            } else if !parts.isEmpty, LabelRule.field(of: text) != nil {
                break
            }
            parts.append(text)
            consumed.insert(index)
        }
        let text = LineJoiner.join(parts)
        return text.isEmpty ? nil : text
    }

    /// A `注释：` heading in the last part of the text, after which only note bodies follow.
    mutating func findNotesHeading(before limit: Int) -> Int? {
        guard let index = lines[..<limit].lastIndex(where: { LabelRule.field(of: $0.content)?.field == .notesHeading }),
              index > lines.count / 2 else { return nil }
        // A reference list by author and year (`Zhang, Y. 2021. …`) is body under its heading, not notes.
        if HeadingRule.isNamedHeading(lines[index].content) {
            guard let first = (index + 1..<limit).first(where: { isContent($0) }),
                  FootnoteMarker.noteStart(lines[first].content) != nil else { return nil }
        }
        consumed.insert(index)
        trace.drop(lines[index], .label)
        return index
    }

    /// Note bodies under the notes heading: endnotes, resolved to the earliest waiting marker.
    mutating func readEndnotes(in range: Range<Int>) {
        guard !range.isEmpty else { return }
        for index in range where !lines[index].isSpacer && !consumed.contains(index) {
            let text = lines[index].content
            if let note = FootnoteMarker.noteStart(text) {
                markers.openNote(number: note.number, text: note.body, line: lines[index].number, isEndnote: true)
                trace.drop("[\(note.number)]", line: lines[index].number, .footnoteMarker)
            } else {
                markers.appendToLastNote(text)
            }
            consumed.insert(index)
        }
    }

    /// Hashtags become tags; after a closing editor's note, everything is blurb or footer, not body.
    mutating func readClosingMatter(from bodyStart: Int, before limit: Int) -> Closing {
        for index in bodyStart..<lines.count where isContent(index) {
            if let tags = FurnitureRule.hashtags(in: lines[index].content) {
                draft.tags.append(contentsOf: tags)
                consumed.insert(index)
                trace.drop(String(repeating: "#", count: tags.count), line: lines[index].number, .label)
            }
        }
        let closingReach = bodyStart + (limit - bodyStart) * 6 / 10
        guard let note = (bodyStart..<limit).first(where: {
            $0 >= closingReach && isContent($0) && LabelRule.field(of: lines[$0].content)?.field == .editorNote
        }) else {
            return Closing(bodyEnd: limit, editorNote: nil, blurbCandidates: [])
        }
        readPublisher(fromEditorNote: lines[note].content)
        let noteEnd = (note + 1..<limit).first(where: { lines[$0].isSpacer || !isContent($0) || isParagraphStart($0) }) ?? limit
        var groups: [[Int]] = []
        var group: [Int] = []
        let title = draft.title.map(FurnitureRule.comparable)
        for index in noteEnd..<limit {
            guard isContent(index) else {
                if lines[index].isSpacer, !group.isEmpty { groups.append(group); group = [] }
                continue
            }
            let text = lines[index].content
            consumed.insert(index)
            if text.contains("#") {
                trace.drop(lines[index], .promotionalByline)
            } else if text.hasPrefix("【"), text.hasSuffix("】"), FurnitureRule.comparable(String(text.dropFirst().dropLast())) == title {
                trace.drop(lines[index], .duplicateBlurb)
            } else {
                group.append(index)
            }
        }
        if !group.isEmpty { groups.append(group) }
        return Closing(bodyEnd: note, editorNote: note, blurbCandidates: groups)
    }

    private func isParagraphStart(_ index: Int) -> Bool {
        lines[index].isIndented || LabelRule.field(of: lines[index].content) != nil
    }

    private mutating func readPublisher(fromEditorNote text: String) {
        guard draft.publisher == nil,
              let range = text.range(of: "不代表(.{2,20}?)之?(?:政策|立場|立场)", options: .regularExpression) else { return }
        var name = String(text[range].dropFirst(3))
        for suffix in ["政策", "立場", "立场"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        if name.hasSuffix("之") { name.removeLast() }
        draft.publisher = name
    }

    /// Closing groups that repeat the opening of the body are a promotional blurb; the rest is the
    /// publisher's footer (name, description, address), whose first line names the publisher.
    mutating func dropDuplicateBlurb(_ groups: [[Int]], body: [BodyUnit]) {
        let opening = FurnitureRule.comparable(Self.stripPlaceholders(body.first(where: { $0.isParagraph })?.joinedText ?? ""))
        for group in groups {
            let text = FurnitureRule.comparable(group.map { lines[$0].content }.joined())
            let isDuplicate = text.count >= 20 && opening.count >= 20 && opening.hasPrefix(String(text.prefix(20)))
            for (offset, index) in group.enumerated() {
                if isDuplicate {
                    trace.drop(lines[index], .duplicateBlurb)
                } else {
                    if offset == 0, Self.looksLikeOrganisation(lines[index].content) {
                        draft.publisher = lines[index].content
                    }
                    trace.drop(lines[index], .organisationFooter)
                }
            }
        }
    }

    static func looksLikeOrganisation(_ text: String) -> Bool {
        ["基金會", "基金会", "研究院", "研究所", "智庫", "智库", "大學", "大学", "中心", "學會", "学会", "協會", "协会"]
            .contains(where: text.hasSuffix)
    }
}
