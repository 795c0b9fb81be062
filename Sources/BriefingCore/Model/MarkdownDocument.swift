/// An article in its Markdown form: front-matter metadata and a GFM body.
///
/// Every later stage (entities, scripts, HTML, search) starts from this value, whether the seed
/// was raw text converted by the reflow stage or Markdown written by hand.
public struct MarkdownDocument: Sendable, Hashable {
    public var metadata: ArticleMetadata
    public var body: String
    /// The seed file this came from, for diagnostics.
    public var sourcePath: String

    public init(metadata: ArticleMetadata, body: String, sourcePath: String) {
        self.metadata = metadata
        self.body = body
        self.sourcePath = sourcePath
    }
}
