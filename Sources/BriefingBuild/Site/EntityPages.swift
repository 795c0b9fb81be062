import BriefingCore
import BriefingRender
import BriefingScript
import Foundation

/// The entity pages (`entities/ID/`), the entities index grouped by type, and the cross-strait
/// glossary of entities whose Taiwan and mainland names differ.
enum EntityPages {
    /// A type's name in both scripts: the `kind_TYPE` label of the site settings.
    static func kindView(_ kind: Entity.Kind, _ settings: SiteSettings) -> ScriptPairView {
        settings.label("kind_\(kind.rawValue)")
    }

    /// Writes every entity's pages (rendered on all cores), then the index and the glossary.
    /// With a cache, a page whose articles and counts did not change is linked from it, not rendered.
    static func write(usage: [String: EntityUsage], gazetteer: Gazetteer, context: SiteContext, cache: ArticleCache? = nil,
                      to write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) {
        guard !gazetteer.entities.isEmpty else { return }
        let settings = context.renderer.settings
        var jobs: [(entity: Entity, use: EntityUsage, pagination: Pagination, number: Int)] = []
        for entity in gazetteer.entities {
            let use = usage[entity.id]!
            let pagination = Pagination(items: use.articles.count, size: settings.pageSize)
            for number in 1...pagination.count { jobs.append((entity, use, pagination, number)) }
        }
        try Parallel.forEachChunk(jobs, { job throws(DiagnosticError) -> OutputFile in
            let listing = listing(job.use, pagination: job.pagination, number: job.number)
            let path = listing.position.folder("entities/\(job.entity.id)/") + "index.html"
            return try ArticleCache.listPage(path, template: "entity", listing: listing, cache: cache, context: context, make: page)
        }, write: write)
        try write(OutputFile("entities/index.html", text: try indexPage(usage: usage, gazetteer: gazetteer, context: context)))
        try write(OutputFile("glossary/index.html", text: try glossaryPage(usage: usage, gazetteer: gazetteer, context: context)))
    }

    /// What page `number` of an entity's list is made of: the total and the related entities in
    /// order on the first page only, and its articles.
    static func listing(_ use: EntityUsage, pagination: Pagination, number: Int) -> EntityListing {
        let first = number == 1
        return EntityListing(entity: use.entity, position: pagination.position(page: number), total: first ? use.total : nil,
                             related: first ? use.related.map(\.entity) : [],
                             articles: Array(pagination.slice(use.articles, page: number)))
    }

    /// One page of an entity's list, from its listing alone.
    static func page(_ listing: EntityListing, context: SiteContext) throws(DiagnosticError) -> OutputFile {
        let settings = context.renderer.settings
        let entity = listing.entity
        let position = listing.position
        let folder = position.folder("entities/\(entity.id)/")
        let root = SiteContext.root(forFolder: folder)
        // Links to other entities go up to `entities/` from wherever this page is.
        let entitiesFolder = position.isFirst ? "../" : "../../../"
        let view = EntityPageView(
            id: entity.id, traditionalName: entity.names[.traditional]!, simplifiedName: entity.names[.simplified]!,
            namesDiffer: namesDiffer(entity, context.scripts), english: entity.english, kind: kindView(entity.kind, settings),
            aliases: entity.aliases.map { AliasView(name: $0, lang: context.scripts.detectScript(of: $0).languageTag) },
            hasAliases: !entity.aliases.isEmpty,
            traditionalDescription: entity.descriptions[.traditional], simplifiedDescription: entity.descriptions[.simplified],
            wikipediaURL: entity.wikipedia.map(wikipediaURL),
            articles: listing.articles.map { article in
                EntityArticleView(title: article.title, url: "\(root)articles/\(article.slug)/",
                                  lang: article.script.languageTag, count: article.count, contexts: article.contexts)
            },
            start: position.firstNumber, pager: position.pager, total: listing.total,
            related: listing.related.map { link($0, prefix: entitiesFolder) },
            hasRelated: !listing.related.isEmpty, entitiesURL: entitiesFolder, root: root)
        let content = try context.renderer.render(view, template: "entity")
        return OutputFile(folder + "index.html", text: try Layout.html(
            content: content, pageTitle: position.title(displayName(entity), settings: settings),
            lang: Script.traditional.languageTag, folder: folder, context: context))
    }

    static func displayName(_ entity: Entity) -> String {
        let traditional = entity.names[.traditional]!, simplified = entity.names[.simplified]!
        return traditional == simplified ? traditional : "\(traditional) · \(simplified)"
    }

    /// Whether Taiwan and the mainland use different names, not just different scripts of one name.
    static func namesDiffer(_ entity: Entity, _ scripts: ScriptConverter) -> Bool {
        scripts.fold(entity.names[.traditional]!) != scripts.fold(entity.names[.simplified]!)
    }

    static func wikipediaURL(_ title: String) -> String {
        let path = title.replacingOccurrences(of: " ", with: "_")
            .addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#"))) ?? title
        return "https://en.wikipedia.org/wiki/" + path
    }

    private static func link(_ entity: Entity, prefix: String) -> RelatedEntityView {
        RelatedEntityView(traditionalName: entity.names[.traditional]!, simplifiedName: entity.names[.simplified]!,
                       namesDiffer: entity.names[.traditional] != entity.names[.simplified], english: entity.english,
                       url: "\(prefix)\(entity.id)/")
    }

    private static func item(_ entity: Entity, _ usage: [String: EntityUsage], prefix: String) -> EntityIndexItemView {
        EntityIndexItemView(traditionalName: entity.names[.traditional]!, simplifiedName: entity.names[.simplified]!,
                            namesDiffer: entity.names[.traditional] != entity.names[.simplified], english: entity.english,
                            url: "\(prefix)\(entity.id)/", count: usage[entity.id]?.total ?? 0)
    }

    private static func indexPage(usage: [String: EntityUsage], gazetteer: Gazetteer, context: SiteContext) throws(DiagnosticError) -> String {
        let groups = Entity.Kind.allCases.compactMap { kind -> EntityGroupView? in
            let members = gazetteer.entities.filter { $0.kind == kind }
                .sorted { (usage[$1.id]!.total, $0.id) < (usage[$0.id]!.total, $1.id) }
            guard !members.isEmpty else { return nil }
            return EntityGroupView(kind: kindView(kind, context.renderer.settings), entities: members.map { item($0, usage, prefix: "") })
        }
        let content = try context.renderer.render(EntitiesPageView(groups: groups, root: "../"), template: "entities")
        let title = context.renderer.settings.label("entities")
        return try Layout.html(content: content, pageTitle: "\(title.traditional) · \(title.simplified)", lang: Script.traditional.languageTag,
                               folder: "entities/", context: context)
    }

    private static func glossaryPage(usage: [String: EntityUsage], gazetteer: Gazetteer, context: SiteContext) throws(DiagnosticError) -> String {
        let entries = gazetteer.entities.filter { namesDiffer($0, context.scripts) }
            .sorted { ($0.kind.rawValue, $0.english) < ($1.kind.rawValue, $1.english) }
            .map { item($0, usage, prefix: "../entities/") }
        let content = try context.renderer.render(GlossaryPageView(entries: entries, root: "../"), template: "glossary")
        let title = context.renderer.settings.label("glossary_title")
        return try Layout.html(content: content, pageTitle: "\(title.traditional) · \(title.simplified)", lang: Script.traditional.languageTag,
                               folder: "glossary/", context: context)
    }
}
