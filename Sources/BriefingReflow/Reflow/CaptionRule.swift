import Foundation

/// Captions of figures and tables, which papers print under or over them: `Figure 3: GECToR模型推理流程`,
/// `Table 4: 混淆集示例`, `图1 模型结构`, `表2：语料库标注结果`. A caption is not body text; the first
/// figure's caption is the article's image caption.
enum CaptionRule {
    enum Kind { case figure, table }

    private static let latin = try! NSRegularExpression(pattern: "^(Figure|Fig\\.|Table)\\s*[0-9]{1,2}(?:[.-][0-9]{1,2})?\\s*[:：.]\\s*\\S")
    private static let chinese = try! NSRegularExpression(pattern: "^([图圖表])\\s*[0-9]{1,2}(?:[.．-][0-9]{1,2})?(?:\\s*[:：]\\s*|\\s+)\\S")

    private static let firstScalars = Set("FTf图圖表".unicodeScalars)

    /// What a line captions, when it is a caption: short, and not running on as a sentence would.
    static func kind(of text: String) -> Kind? {
        guard let first = text.unicodeScalars.first, Self.firstScalars.contains(first), text.utf8.count <= 240 else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if let match = latin.firstMatch(in: text, range: range), let word = Range(match.range(at: 1), in: text) {
            return text[word] == "Table" ? .table : .figure
        }
        guard let match = chinese.firstMatch(in: text, range: range), let word = Range(match.range(at: 1), in: text),
              !text.contains(where: { "，,；;".contains($0) }) else { return nil }
        return text[word] == "表" ? .table : .figure
    }
}

extension ArticleConverter {
    /// Takes figure and table captions out of the body.
    mutating func readCaptions(from bodyStart: Int) {
        for index in bodyStart..<lines.count where isContent(index) {
            guard let kind = CaptionRule.kind(of: lines[index].content) else { continue }
            if kind == .figure, draft.imageCaption == nil { draft.imageCaption = SpaceNormalizer.normalize(lines[index].content) }
            consumed.insert(index)
            trace.drop(lines[index], .label)
        }
    }
}
