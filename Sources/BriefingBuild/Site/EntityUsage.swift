import BriefingCore
import BriefingRender

/// How the archive uses one entity: which articles mention it, how often, in what words, and
/// which other entities appear in the same articles.
struct EntityUsage: Sendable {
    /// What an entity page lists of one article. Only the fields it shows: a whole document per
    /// mention made this the largest allocation of a large archive's build.
    struct ArticleUse: Sendable, Encodable {
        var title: String
        var slug: String
        var script: Script
        var count: Int
        var contexts: [String]
    }

    let entity: Entity
    let articles: [ArticleUse]
    let related: [(entity: Entity, sharedArticles: Int)]
    /// Mentions in all articles: read for every related entity on every entity page, so summed once.
    let total: Int

    init(entity: Entity, articles: [ArticleUse], related: [(entity: Entity, sharedArticles: Int)]) {
        self.entity = entity
        self.articles = articles
        self.related = related
        total = articles.reduce(0) { $0 + $1.count }
    }

    /// Usage of every gazetteer entity, from the mentions found in each article's original text
    /// (`mentions` in seed order). An entity's articles are listed in archive order, as every list
    /// of the site is: a new article then moves the others only where a new newest one would on
    /// the home page, where ordering by mention count moved every article it outranked.
    /// Entities are numbered so that counting shared articles is array work rather than string
    /// hashing, and each entity's usage is worked out on all cores.
    static func collect(gazetteer: Gazetteer, mentions: [(document: MarkdownDocument, mentions: [MentionSummary])]) -> [String: EntityUsage] {
        var uses: [String: [ArticleUse]] = [:]
        var numbers: [String: Int] = [:]
        var ids: [String] = []
        var entitiesByArticle: [[Int]] = []
        var articlesByEntity: [[Int]] = []
        let archiveOrder = mentions.indices.sorted {
            ArchiveOrder.precedes((mentions[$0].document.metadata.date, $0), (mentions[$1].document.metadata.date, $1))
        }
        for (article, seedIndex) in archiveOrder.enumerated() {
            let (document, summaries) = mentions[seedIndex]
            var numbered: Set<Int> = []
            for summary in summaries {
                uses[summary.entityID, default: []].append(ArticleUse(title: document.metadata.title, slug: document.metadata.slug,
                                                                      script: document.metadata.script, count: summary.count,
                                                                      contexts: summary.contexts))
                let number = numbers[summary.entityID] ?? {
                    numbers[summary.entityID] = ids.count
                    ids.append(summary.entityID)
                    articlesByEntity.append([])
                    return ids.count - 1
                }()
                if numbered.insert(number).inserted { articlesByEntity[number].append(article) }
            }
            entitiesByArticle.append(Array(numbered))
        }
        let (allUses, allNumbers, allIDs, inArticle, withEntity) = (uses, numbers, ids, entitiesByArticle, articlesByEntity)
        let usages = Parallel.map(gazetteer.entities, runs: 16) { entity in
            var related: [(entity: Entity, sharedArticles: Int)] = []
            if let number = allNumbers[entity.id] {
                var shared = [Int](repeating: 0, count: allIDs.count)
                for article in withEntity[number] {
                    for other in inArticle[article] where other != number { shared[other] += 1 }
                }
                related = shared.indices.filter { shared[$0] > 0 }
                    .sorted { (shared[$1], allIDs[$0]) < (shared[$0], allIDs[$1]) }.prefix(12)
                    .compactMap { other in gazetteer.entity(allIDs[other]).map { (entity: $0, sharedArticles: shared[other]) } }
            }
            return EntityUsage(entity: entity, articles: allUses[entity.id] ?? [], related: related)
        }
        var result: [String: EntityUsage] = [:]
        for usage in usages { result[usage.entity.id] = usage }
        return result
    }
}
