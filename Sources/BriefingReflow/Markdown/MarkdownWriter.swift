import BriefingCore

/// Writes an `Article` as GFM: headings, paragraphs, the editor's note as a quote, footnotes
/// with globally unique labels; markers without a body stay as visible, escaped text.
public enum MarkdownWriter {
    public static func document(for article: Article, sourcePath: String) -> MarkdownDocument {
        MarkdownDocument(metadata: article.metadata, body: body(of: article), sourcePath: sourcePath)
    }

    /// The complete file: YAML front matter, a blank line, then the body.
    public static func file(for document: MarkdownDocument) -> String {
        "---\n" + FrontMatterCodec.yaml(for: document.metadata) + "---\n\n" + document.body
    }

    static func body(of article: Article) -> String {
        var parts: [String] = []
        for block in article.blocks {
            let text = inlineMarkdown(block.inlines)
            switch block.kind {
            case .heading(let level):
                parts.append(String(repeating: "#", count: level) + " " + text)
            case .paragraph:
                parts.append(text)
            case .editorNote:
                parts.append("> " + text)
            }
        }
        for note in article.footnotes {
            parts.append("[^\(note.label)]: " + MarkdownEscaper.escape(note.text, atLineStart: false))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func inlineMarkdown(_ inlines: [Inline]) -> String {
        var output = ""
        for (offset, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text):
                output += MarkdownEscaper.escape(text, atLineStart: offset == 0)
            case .footnoteReference(let label, _):
                output += "[^\(label)]"
            case .unresolvedMarker(let marker):
                output += MarkdownEscaper.escape(marker, atLineStart: false)
            }
        }
        return output
    }
}
