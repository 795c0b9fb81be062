import BriefingRender

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
    var hasFeed: Bool
    /// The link to the home page: the root, or `./` when the root is empty.
    var home: String
    /// Open Graph and schema.org data of an article page; nil elsewhere.
    var article: ArticleHeadView?
}

/// Metadata for link previews and search engines: Open Graph tags and a schema.org `Article`
/// as JSON-LD (built and escaped in Swift; a data block, not a script, so the CSP is unaffected).
struct ArticleHeadView {
    var title: String
    var description: String?
    var locale: String
    var jsonLD: String
}

struct ArticleListItemView {
    var title: String
    var convertedTitle: String
    var convertedLang: String
    var url: String
    var authors: String
    var source: String?
    var date: String?
    var lang: String
}

struct IndexPageView {
    var siteTitle: String
    var siteTitleSimplified: String
    var description: String
    var descriptionSimplified: String
    var articles: [ArticleListItemView]
    /// How many articles the archive has, on the first page only: the later pages then change only
    /// when what they list does.
    var count: Int?
    /// The number of the first article after the first page (an `<ol start>`).
    var start: Int?
    var isFirstPage: Bool
    var sources: [TermLinkView]
    var authors: [TermLinkView]
    var tags: [TermLinkView]
    var hasEntities: Bool
    var pager: PagerView?
}

struct AuthorView {
    var name: String
    var affiliation: String?
    var url: String
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
    var tags: [TermLinkView]
    var hasTags: Bool
    var rows: [AlignedRowView]
    var traditionalIsOriginal: Bool
    var markdownURL: String
    var englishTitle: String?
    var englishAbstract: String?
    var entities: [EntityLinkView]
    var hasEntities: Bool
    var previous: NeighbourLinkView?
    var next: NeighbourLinkView?
    var hasNeighbours: Bool
    var root: String
}

/// A link to the article before or after this one, titled in both scripts.
struct NeighbourLinkView {
    var url: String
    var title: String
    var lang: String
    var convertedTitle: String
    var convertedLang: String
    /// Whether the other script spells the title differently (else it is shown once).
    var titlesDiffer: Bool

    init(_ link: ArticleNeighbours.Link, root: String) {
        url = "\(root)articles/\(link.slug)/"
        title = link.title
        lang = link.script.languageTag
        convertedTitle = link.convertedTitle
        convertedLang = link.script.other.languageTag
        titlesDiffer = link.title != link.convertedTitle
    }
}

struct NotFoundPageView {
    var root: String
    /// The link to the home page: the root, or `./` when the root is empty.
    var home: String
}

struct EntityLinkView {
    var name: String
    var url: String
    var count: Int
}

struct EntityArticleView {
    var title: String
    var url: String
    var lang: String
    var count: Int
    var contexts: [String]
}

struct EntityPageView {
    var id: String
    var traditionalName: String
    var simplifiedName: String
    var namesDiffer: Bool
    var english: String
    var kind: ScriptPairView
    var aliases: [AliasView]
    var hasAliases: Bool
    var traditionalDescription: String?
    var simplifiedDescription: String?
    var wikipediaURL: String?
    var articles: [EntityArticleView]
    var start: Int?
    var pager: PagerView?
    /// Mentions in the whole archive, on the first page only: a later page then changes only
    /// when the articles it lists do, not with every new mention anywhere in the list.
    var total: Int?
    var related: [RelatedEntityView]
    var hasRelated: Bool
    /// The entities index, from this page.
    var entitiesURL: String
    var root: String
}

struct EntityGroupView {
    var kind: ScriptPairView
    var entities: [EntityIndexItemView]
}

struct EntityIndexItemView {
    var traditionalName: String
    var simplifiedName: String
    var namesDiffer: Bool
    var english: String
    var url: String
    var count: Int
}

/// A link to another entity, as an entity page shows its related entities: names only, no
/// counts, so one new article changes only the pages of the entities it names.
struct RelatedEntityView {
    var traditionalName: String
    var simplifiedName: String
    var namesDiffer: Bool
    var english: String
    var url: String
}

struct EntitiesPageView {
    var groups: [EntityGroupView]
    var root: String
}

struct GlossaryPageView {
    var entries: [EntityIndexItemView]
    var root: String
}

struct TermPageView {
    var name: String
    var lang: String
    var kindTraditional: String
    var kindSimplified: String
    var kindDiffers: Bool
    /// How many articles the term has, on the first page only (as on the home page).
    var count: Int?
    var articles: [ArticleListItemView]
    var start: Int?
    var pager: PagerView?
    var root: String
}

struct TermLinkView {
    var name: String
    var url: String
    var count: Int
    /// The script the term is written in: that of the first article using it.
    var lang: String
}

struct SearchPageView {
    var root: String
}


struct AliasView {
    var name: String
    var lang: String
}

/// The page links under a list that goes on over several pages.
struct PagerView: Equatable {
    var previous: PageLinkView?
    var next: PageLinkView?
    var items: [PagerItemView]
    var number: Int
    /// How many pages the list has, on the first page only.
    var count: Int?
}

struct PageLinkView: Equatable {
    var number: Int
    var url: String
}

/// One place in the pager: the current page, a link to another, or a gap (`…`).
struct PagerItemView: Equatable {
    var current: Int?
    var link: PageLinkView?
    var gap: Bool

    init(current: Int) { self.current = current; link = nil; gap = false }
    init(link: PageLinkView) { current = nil; self.link = link; gap = false }
    private init() { current = nil; link = nil; gap = true }

    static var ellipsis: PagerItemView { PagerItemView() }
}
extension AlignedRowView: TemplateFields {
    var templateFields: [String: Any] { ["kind": kind, "traditional": traditional, "simplified": simplified] }
}

extension ArticleListItemView: TemplateFields {
    var templateFields: [String: Any] {
        var fields: [String: Any] = ["title": title, "convertedTitle": convertedTitle, "convertedLang": convertedLang,
                                     "url": url, "authors": authors, "lang": lang]
        if let source { fields["source"] = source }
        if let date { fields["date"] = date }
        return fields
    }
}

extension EntityArticleView: TemplateFields {
    var templateFields: [String: Any] { ["title": title, "url": url, "lang": lang, "count": count, "contexts": contexts] }
}

extension EntityIndexItemView: TemplateFields {
    var templateFields: [String: Any] {
        ["traditionalName": traditionalName, "simplifiedName": simplifiedName, "namesDiffer": namesDiffer,
         "english": english, "url": url, "count": count]
    }
}

extension RelatedEntityView: TemplateFields {
    var templateFields: [String: Any] {
        ["traditionalName": traditionalName, "simplifiedName": simplifiedName, "namesDiffer": namesDiffer, "english": english, "url": url]
    }
}

extension TermLinkView: TemplateFields {
    var templateFields: [String: Any] { ["name": name, "url": url, "count": count, "lang": lang] }
}

extension EntityPageView: TemplateFields {
    /// Thousands of these at archive scale, each with a pager: reflecting them was a tenth of the entity pages' cost.
    var templateFields: [String: Any] {
        var fields: [String: Any] = [
            "id": id, "traditionalName": traditionalName, "simplifiedName": simplifiedName, "namesDiffer": namesDiffer,
            "english": english, "kind": kind, "aliases": aliases,
            "hasAliases": hasAliases, "articles": articles,
            "related": related, "hasRelated": hasRelated, "entitiesURL": entitiesURL, "root": root,
        ]
        if let traditionalDescription { fields["traditionalDescription"] = traditionalDescription }
        if let simplifiedDescription { fields["simplifiedDescription"] = simplifiedDescription }
        if let wikipediaURL { fields["wikipediaURL"] = wikipediaURL }
        if let start { fields["start"] = start }
        if let total { fields["total"] = total }
        if let pager { fields["pager"] = pager }
        return fields
    }
}
