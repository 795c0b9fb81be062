import BriefingCore

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
        var html = html
        return html.withUTF8 { bytes in
            let marks = footnoteAttributeStarts(bytes)
            guard !marks.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            let insert = Array((prefix + "-").utf8)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + marks.count * insert.count)
            var copied = 0
            for mark in marks {
                output.append(contentsOf: bytes[copied..<mark])
                output.append(contentsOf: insert)
                copied = mark
            }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Offsets where a footnote id begins inside `id="…"` or `href="#…"`: just before `fn-` or
    /// `fnref-`. One pass over the bytes; the HTML of a block is scanned once per column.
    private static func footnoteAttributeStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let id = Array("id=\"".utf8), href = Array("href=\"#".utf8)
        let fn = Array("fn-".utf8), fnref = Array("fnref-".utf8)
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
            for (index, byte) in pattern.enumerated() where bytes[offset + index] != byte { return false }
            return true
        }
        var starts: [Int] = []
        var index = 0
        while index + 1 < bytes.count {
            // Every id starts with "fn"; look for that first, then check what surrounds it.
            if bytes[index] == UInt8(ascii: "f"), bytes[index + 1] == UInt8(ascii: "n"),
               matches(fn, at: index) || matches(fnref, at: index),
               matches(id, at: index - id.count) || matches(href, at: index - href.count) {
                starts.append(index)
            }
            index += 1
        }
        return starts
    }

    private static func numberFootnote(_ html: String, _ number: Int) -> String {
        "<ol class=\"footnote\" start=\"\(number)\">" + html + "</ol>"
    }
}
