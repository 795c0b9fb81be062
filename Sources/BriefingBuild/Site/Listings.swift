import BriefingCore
import BriefingRender

// What each archive page is made of — and all it is made of. A page is rendered by a function of
// its listing and the site context alone (templates, settings, gazetteer and base URL, which
// `SiteContext.identity` hashes), and its cache key is the hash of the listing's encoding
// (`ArticleCache.listPage`): a field added here reaches the key without anyone listing it, and a
// page cannot show what its listing does not hold.

/// An article as a list shows it.
struct ListedArticle: Sendable, Encodable {
    var slug: String
    var title: String
    var script: Script
    var date: String?
    var publication: String?
    var issue: String?
    var authors: [String]

    init(_ document: MarkdownDocument) {
        let metadata = document.metadata
        slug = metadata.slug
        title = metadata.title
        script = metadata.script
        date = metadata.date
        publication = metadata.source.publication
        issue = metadata.source.issue
        authors = metadata.authors.map(\.name)
    }
}

/// A source, author or tag as the home page links it.
struct ListedTerm: Sendable, Encodable {
    var name: String
    var folder: String
    var count: Int
    var lang: String
}

/// One page of the home page's list of articles.
struct HomeListing: Sendable, Encodable {
    var position: ListPosition
    /// The whole archive's count, and its sources, authors and tags: first page only.
    var total: Int?
    var articles: [ListedArticle]
    var sources: [ListedTerm]
    var authors: [ListedTerm]
    var tags: [ListedTerm]
}

/// One page of an author's, tag's or source's list of articles.
struct TermListing: Sendable, Encodable {
    var template: String
    var kind: String
    var name: String
    var folder: String
    var lang: String
    var position: ListPosition
    /// How many articles the term has: first page only.
    var total: Int?
    var articles: [ListedArticle]
}

/// One page of an entity's list of articles.
struct EntityListing: Sendable, Encodable {
    var entity: Entity
    var position: ListPosition
    /// Mentions in the whole archive and the related entities: first page only, as both change
    /// with almost any new article that names the entity and the later pages should not.
    var total: Int?
    var related: [Entity]
    var articles: [EntityUsage.ArticleUse]
}
