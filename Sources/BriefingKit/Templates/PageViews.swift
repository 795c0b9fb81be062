/// The frame every page shares: language, titles, the relative path to the site root, and the
/// page's own rendered content.
struct LayoutView {
    var lang: String
    var pageTitle: String
    var siteTitle: String
    var description: String
    var root: String
    var content: String
    var isHome: Bool
    var isWide: Bool
    var canonicalURL: String?
}

struct ArticleListItemView {
    var title: String
    var url: String
    var authors: String
    var source: String?
    var lang: String
}

struct IndexPageView {
    var siteTitle: String
    var description: String
    var articles: [ArticleListItemView]
    var count: Int
}

struct AuthorView {
    var name: String
    var affiliation: String?
}

/// One aligned row of the article body: the same block in both scripts.
struct AlignedRowView {
    var kind: String
    var traditional: String
    var simplified: String
}

struct ArticlePageView {
    var title: String
    var convertedTitle: String
    var lang: String
    var convertedLang: String
    var originalScriptName: String
    var convertedScriptName: String
    var authors: [AuthorView]
    var publication: String?
    var issue: String?
    var publisher: String?
    var abstract: String?
    var imageCaption: String?
    var imageCredit: String?
    var funding: String?
    var tags: [String]
    var hasTags: Bool
    var rows: [AlignedRowView]
    var traditionalIsOriginal: Bool
    var markdownURL: String
    var englishTitle: String?
    var englishAbstract: String?
    var root: String
}

struct NotFoundPageView {
    var root: String
}
