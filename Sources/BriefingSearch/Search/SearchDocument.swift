/// What the index knows of one article: its text by field, the entities it mentions, and the
/// fragment shown in results (title, link and a snippet in the article's own script).
public struct SearchDocument: Sendable {
    public var url: String
    public var title: String
    public var lang: String
    public var headings: [String]
    public var abstract: String
    public var body: [String]
    public var entityIDs: [String]
    public var byline: String

    public init(url: String, title: String, lang: String, headings: [String], abstract: String, body: [String],
                entityIDs: [String], byline: String) {
        self.url = url
        self.title = title
        self.lang = lang
        self.headings = headings
        self.abstract = abstract
        self.body = body
        self.entityIDs = entityIDs
        self.byline = byline
    }

    /// The snippet shown under a result: the abstract, else the opening of the body.
    var snippet: String {
        let source = abstract.isEmpty ? body.joined() : abstract
        return source.count > 120 ? String(source.prefix(120)) + "…" : source
    }
}
