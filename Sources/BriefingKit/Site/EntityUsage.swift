/// How the archive uses one entity: which articles mention it, how often, in what words, and
/// which other entities appear in the same articles.
struct EntityUsage: Sendable {
    /// What an entity page lists of one article. Only the fields it shows: a whole document per
    /// mention made this the largest allocation of a large archive's build.
    struct ArticleUse: Sendable {
        var title: String
        var slug: String
        var script: Script
        var count: Int
        var contexts: [String]
    }

    var entity: Entity
    var articles: [ArticleUse]
    var related: [(entity: Entity, sharedArticles: Int)]

    var total: Int { articles.reduce(0) { $0 + $1.count } }

    /// Usage of every gazetteer entity, from the mentions found in each article's original text.
    static func collect(gazetteer: Gazetteer, mentions: [(document: MarkdownDocument, mentions: [MentionSummary])]) -> [String: EntityUsage] {
        var uses: [String: [ArticleUse]] = [:]
        var idsByArticle: [Set<String>] = []
        for (document, summaries) in mentions {
            for summary in summaries {
                uses[summary.entityID, default: []].append(ArticleUse(title: document.metadata.title, slug: document.metadata.slug,
                                                                      script: document.metadata.script, count: summary.count,
                                                                      contexts: summary.contexts))
            }
            idsByArticle.append(Set(summaries.map(\.entityID)))
        }
        var result: [String: EntityUsage] = [:]
        for entity in gazetteer.entities {
            var shared: [String: Int] = [:]
            for ids in idsByArticle where ids.contains(entity.id) {
                for other in ids where other != entity.id { shared[other, default: 0] += 1 }
            }
            let related = shared.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(12)
                .compactMap { pair in gazetteer.entity(pair.key).map { (entity: $0, sharedArticles: pair.value) } }
            let articles = (uses[entity.id] ?? []).sorted { ($1.count, $0.slug) < ($0.count, $1.slug) }
            result[entity.id] = EntityUsage(entity: entity, articles: articles, related: related)
        }
        return result
    }
}
