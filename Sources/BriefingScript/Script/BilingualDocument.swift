import BriefingCore

/// An article in both scripts: the original Markdown untouched, the other script converted from
/// it block by block (OpenCC needs a whole paragraph for phrase-level conversion).
public struct BilingualDocument: Sendable {
    public var document: MarkdownDocument
    public var bodies: [Script: String]
    public var titles: [Script: String]
    public var abstracts: [Script: String]

    public var original: Script { document.metadata.script }

    public init(_ document: MarkdownDocument, scripts: ScriptConverter) {
        self.document = document
        let original = document.metadata.script
        func both(_ text: String) -> [Script: String] {
            [original: text, original.other: scripts.convert(text, from: original, to: original.other)]
        }
        bodies = [original: document.body, original.other: Self.convertBlocks(document.body, from: original, scripts: scripts)]
        titles = both(document.metadata.title)
        abstracts = document.metadata.abstract.map(both) ?? [:]
    }

    /// Converts each blank-line-separated block on its own, so a block's phrases keep their context
    /// and the block structure (and with it the alignment) cannot change.
    static func convertBlocks(_ markdown: String, from original: Script, scripts: ScriptConverter) -> String {
        markdown.components(separatedBy: "\n\n")
            .map { scripts.convert($0, from: original, to: original.other) }
            .joined(separator: "\n\n")
    }
}
