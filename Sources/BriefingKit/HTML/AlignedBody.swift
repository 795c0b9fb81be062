/// The two renderings of an article body as rows: each heading, paragraph, quote or footnote of
/// the Traditional column sits in one row with its Simplified counterpart.
public struct AlignedBody: Sendable {
    public struct Row: Sendable, Hashable {
        public var kind: MarkdownRenderer.RenderedBlock.Kind
        public var traditional: String
        public var simplified: String
    }

    public var rows: [Row]
    /// Entity mentions found in each column.
    public var mentions: [Script: [EntityMention]]

    /// `annotators` marks entities per column (the converted column's one knows regional names).
    public init(traditional: String, simplified: String, annotators: [Script: EntityAnnotator] = [:]) {
        let (left, leftMentions) = MarkdownRenderer.blocks(traditional, annotator: annotators[.traditional])
        let (right, rightMentions) = MarkdownRenderer.blocks(simplified, annotator: annotators[.simplified])
        mentions = [.traditional: leftMentions, .simplified: rightMentions]
        var rows: [Row] = []
        var footnoteNumber = 0
        for index in 0..<max(left.count, right.count) {
            let kind = index < left.count ? left[index].kind : right[index].kind
            if kind == .footnote { footnoteNumber += 1 }
            func cell(_ blocks: [MarkdownRenderer.RenderedBlock], _ script: Script) -> String {
                guard index < blocks.count else { return "" }
                let html = Self.prefixIdentifiers(blocks[index].html, with: script.rawValue.lowercased())
                return kind == .footnote ? Self.numberFootnote(html, footnoteNumber) : html
            }
            rows.append(Row(kind: kind, traditional: cell(left, .traditional), simplified: cell(right, .simplified)))
        }
        self.rows = rows
    }

    /// Footnote anchors appear once per column, so each column gets its own id prefix.
    /// The patterns are cmark-gfm's own attributes; escaped seed text cannot produce them.
    static func prefixIdentifiers(_ html: String, with prefix: String) -> String {
        guard html.contains("fn") else { return html }
        return html.replacing("id=\"fn-", with: "id=\"\(prefix)-fn-")
            .replacing("href=\"#fn-", with: "href=\"#\(prefix)-fn-")
            .replacing("id=\"fnref-", with: "id=\"\(prefix)-fnref-")
            .replacing("href=\"#fnref-", with: "href=\"#\(prefix)-fnref-")
    }

    private static func numberFootnote(_ html: String, _ number: Int) -> String {
        "<ol class=\"footnote\" start=\"\(number)\">" + html + "</ol>"
    }
}
