import Foundation

/// The labelled lines a Chinese journal prints on an article's first page, in both scripts:
/// classification and document codes (`中图分类号：D822`, `文献标识码：A`, `文章编号：…`,
/// `DOI：10.…`), dates of receipt and revision (`收稿日期：2024-03-01`), the funding note
/// (`基金项目：…`) and the authors' biographies (`作者简介：…`), bracketed or not
/// (`【作者简介】…`). None of them is body text.
enum JournalLabelRule {
    enum Kind: Sendable { case funding, biography, record }

    private static let names = "中图分类号|中圖分類號|文献标识码|文獻標識碼|文献标志码|文獻標誌碼|文章编号|文章編號|DOI|doi|收稿日期|修回日期|录用日期|錄用日期|网络出版|網路出版|基金项目|基金項目|作者简介|作者簡介|通讯作者|通訊作者|引用格式"
    /// A label in brackets (`【作者简介】`), or followed by a colon (`收稿日期：`).
    private static let label = try! NSRegularExpression(pattern:
        "^(?:[【\\[［]\\s*(\(names))\\s*[】\\]］]\\s*[：:]?|(\(names))\\s*[：:])\\s*")

    /// The line's kind and its text after the label, when a journal label opens it.
    static func field(of text: String) -> (kind: Kind, rest: String)? {
        // Runs on every body line: a label's colon or bracket stands within its first dozen scalars.
        guard let first = text.unicodeScalars.first, "【[［中文DdN收修录錄网網基作通引".unicodeScalars.contains(first),
              text.unicodeScalars.prefix(12).contains(where: { "：:】]］".unicodeScalars.contains($0) }),
              let match = label.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let whole = Range(match.range, in: text),
              let name = Range(match.range(at: 1), in: text) ?? Range(match.range(at: 2), in: text) else { return nil }
        let rest = String(text[whole.upperBound...]).trimmingSpaces()
        switch text[name] {
        case "基金项目", "基金項目": return (.funding, rest)
        case "作者简介", "作者簡介": return (.biography, rest)
        default: return (.record, rest)
        }
    }
}

extension ArticleConverter {
    /// Takes journal labels out of the body: the funding note becomes `funding`; a label's text
    /// may wrap onto the next line or two when the line is full.
    mutating func readJournalLabels(from bodyStart: Int) {
        var index = bodyStart
        while index < lines.count {
            defer { index += 1 }
            guard isContent(index), let field = JournalLabelRule.field(of: lines[index].content) else { continue }
            var parts = [field.rest]
            consumed.insert(index)
            trace.drop(lines[index], .label)
            var last = index
            for _ in 0..<3 {
                guard lines[last].width >= geometry.fullWidth * 0.9, !SentenceEnd.endsSentence(lines[last].content),
                      let next = nextContentIndex(after: last), !lines[next].startsPage,
                      JournalLabelRule.field(of: lines[next].content) == nil else { break }
                parts.append(lines[next].content)
                consumed.insert(next)
                trace.drop(lines[next], .label)
                last = next
            }
            index = last
            if field.kind == .funding, draft.funding == nil { draft.funding = LineJoiner.join(parts) }
        }
    }
}
