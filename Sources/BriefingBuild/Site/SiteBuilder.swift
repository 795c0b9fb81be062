import BriefingCore
import BriefingRender
import BriefingScript
import BriefingSearch

/// Builds the whole site: every seed to a document, every document to its pages, plus the
/// archive pages, the search index and the assets. Nothing touches the disk here: files go to a
/// sink as they are made (the publisher writes them to its staging folder), so a large archive is
/// never held in memory as pages. Articles are converted and rendered on all cores, in batches,
/// and emitted in seed order, so the output is the same however many cores there are.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var articleCount: Int
        public var pageCount: Int
        /// Gazetteer entities mentioned at least once.
        public var entityCount: Int
        public var warnings: [Diagnostic]
    }

    public struct Summary: Sendable {
        public var articleCount: Int
        public var pageCount: Int
        public var entityCount: Int
        public var searchFileCount: Int
        /// Articles taken from the cache instead of being converted and rendered again.
        public var reusedArticles: Int
        public var warnings: [Diagnostic]
    }

    /// Builds in memory and returns every file (for tests and small sites).
    public static func build(seeds: [Seed], templates set: TemplateSet, scripts: ScriptConverter,
                             gazetteer: Gazetteer = .empty, baseURL: String? = nil,
                             keepGoing: Bool = false) throws(DiagnosticError) -> Result {
        var files: [OutputFile] = []
        let summary = try build(seeds: seeds, templates: set, scripts: scripts, gazetteer: gazetteer, baseURL: baseURL,
                                keepGoing: keepGoing) { files.append($0) }
        files.sort { $0.relativePath < $1.relativePath }
        return Result(files: files, articleCount: summary.articleCount, pageCount: summary.pageCount,
                      entityCount: summary.entityCount, warnings: summary.warnings)
    }

    /// Builds and hands each file to `emit` as soon as it is made. Paths are unique; a second
    /// file with the same path is an error. Each seed's text is let go once it is converted, so a
    /// caller that hands over its only copy of the seeds does not keep the whole archive's text.
    public static func build(seeds: consuming [Seed], templates set: TemplateSet, scripts: ScriptConverter,
                             gazetteer: Gazetteer = .empty, baseURL: String? = nil, keepGoing: Bool = false,
                             cache: ArticleCache? = nil, progress: (BuildProgress) -> Void = { _ in },
                             emit: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) -> Summary {
        cache?.beginBuild()
        let context = try context(set, scripts: scripts, gazetteer: gazetteer, baseURL: baseURL)
        var sink = PageSink()
        func write(_ file: OutputFile) throws(DiagnosticError) { try sink.write(file, to: emit) }
        let search = SearchIndexFeed(SearchIndexBuilder(fold: scripts.foldCharacter), previous: cache?.searchSnapshot(),
                                     keepsSnapshot: cache != nil)

        // 1. Articles, in archive order: converted, checked, rendered, analysed for search.
        var articles = try ArticleStream(seeds: seeds, context: context, cache: cache, search: search, keepGoing: keepGoing)
            .run(progress: progress, write: write)
        var warnings = articles.warnings
        if !articles.problems.isEmpty {
            guard keepGoing else { throw DiagnosticError(articles.problems) }
            warnings += articles.problems.map { Diagnostic(.warning, $0.stage, at: $0.location, "skipped: " + $0.message) }
        }
        let documents = articles.listed.map(\.document)

        // 2. The search index, made on another thread while the entity pages are: each has serial
        // steps between its parallel ones (most of a rebuild after one new seed), and together
        // they keep both cores busy. Its files are still written after the entity pages.
        let searchIndex = startSearchIndex(search, gazetteer: gazetteer, context: context)

        // 3. Entity pages. The mentions and their quoted contexts are only for them: once the
        // usage is collected, the mentions go, and the usage goes once the pages are made.
        let usage = EntityUsage.collect(gazetteer: gazetteer, mentions: articles.listed)
        Parallel.release(articles)
        articles.listed = []
        try EntityPages.write(usage: usage, gazetteer: gazetteer, context: context, cache: cache, to: write)
        let entityCount = usage.values.filter { $0.total > 0 }.count
        Parallel.release(usage)

        // 4. The search index's files, and its postings kept for the next build.
        progress(BuildProgress(stage: .search, done: 0, total: 1))
        let madeIndex = searchIndex.wait()
        let (searchFiles, snapshot) = try madeIndex.get()
        for file in searchFiles { try write(file) }
        if let cache, let snapshot { cache.keepSearchSnapshot(snapshot) }
        progress(BuildProgress(stage: .search, done: 1, total: 1))

        // 5. The archive's lists: authors, tags, sources and the home page.
        try writeLists(documents, context: context, cache: cache, to: write)

        // 6. What the site needs besides pages: 404, feed and sitemap, assets.
        try write(OutputFile("404.html", text: try NotFoundPage.html(context: context)))
        for file in PublishingFiles.files(documents: documents, pages: sink.pages.filter { $0 != "404.html" }, context: context) {
            try write(file)
        }
        for name in set.assets.keys.sorted() { try write(OutputFile("assets/\(name)", contents: set.assets[name]!)) }
        cache?.saveListStamps()
        progress(BuildProgress(stage: .pages, done: sink.pages.count, total: sink.pages.count))
        return Summary(articleCount: documents.count, pageCount: sink.pages.count, entityCount: entityCount,
                       searchFileCount: searchFiles.count - 1, reusedArticles: articles.reused, warnings: warnings)
    }

    /// What every page builder needs: the templates, scripts, base URL, entity matcher and the
    /// identities cache keys are made with.
    static func context(_ set: TemplateSet, scripts: ScriptConverter, gazetteer: Gazetteer,
                        baseURL: String?) throws(DiagnosticError) -> SiteContext {
        let normalisedBaseURL = try BaseURL.normalised(baseURL)
        return SiteContext(renderer: try TemplateRenderer(set), scripts: scripts, baseURL: normalisedBaseURL,
                           matcher: EntityMatcher(gazetteer: gazetteer, fold: scripts.fold),
                           identities: identities(of: set, gazetteer: gazetteer, baseURL: normalisedBaseURL),
                           regionalNames: regionalNames(gazetteer, fold: scripts.fold))
    }

    /// Finishes the search index on another thread: its files and its snapshot for the next
    /// build, or the error making them.
    static func startSearchIndex(_ search: SearchIndexFeed, gazetteer: Gazetteer, context: SiteContext)
        -> Parallel.Prefetch<Swift.Result<(files: [OutputFile], snapshot: [UInt8]?), DiagnosticError>> {
        Parallel.Prefetch {
            search.finished { index in
                Swift.Result { () throws(DiagnosticError) in try SearchPage.files(index: index, gazetteer: gazetteer, context: context) }
            }
        }
    }

    /// The author, tag and source pages, then the home page's.
    static func writeLists(_ documents: [MarkdownDocument], context: SiteContext, cache: ArticleCache?,
                           to write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) {
        let terms = (sources: TaxonomyPages.sources(documents), authors: TaxonomyPages.authors(documents),
                     tags: TaxonomyPages.tags(documents))
        try TaxonomyPages.write(terms.authors, template: "author", kind: "author", context: context, cache: cache, to: write)
        try TaxonomyPages.write(terms.tags, template: "tag", kind: "tag", context: context, cache: cache, to: write)
        try TaxonomyPages.write(terms.sources, template: "tag", kind: "source", context: context, cache: cache, to: write)
        for file in try IndexPage.files(for: documents, terms: terms, context: context, cache: cache) { try write(file) }
    }

    /// Where a build's files go: each path once (a second file for a path is an error, as it
    /// would overwrite the first), the HTML pages counted.
    struct PageSink {
        private var written: Set<String> = []
        private(set) var pages: [String] = []

        mutating func write(_ file: OutputFile, to emit: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) {
            guard written.insert(file.relativePath).inserted else {
                throw DiagnosticError([.error(.site, at: SourceLocation(file: file.relativePath),
                    "two pages would be written to the same path; rename one of the terms or slugs that lead here")])
            }
            if file.relativePath.hasSuffix(".html") { pages.append(file.relativePath) }
            try emit(file)
        }
    }

    /// Per script, the entities whose two regional names differ beyond script: the name to show
    /// and, folded, the other region's name it stands for.
    static func regionalNames(_ gazetteer: Gazetteer, fold: (String) -> [Character]) -> [Script: [String: (name: String, replaces: String)]] {
        var result: [Script: [String: (name: String, replaces: String)]] = [:]
        for script in Script.allCases {
            var names: [String: (name: String, replaces: String)] = [:]
            for entity in gazetteer.entities {
                guard let mine = entity.names[script], let theirs = entity.names[script.other] else { continue }
                let folded = String(fold(theirs))
                if folded != String(fold(mine)) { names[entity.id] = (mine, folded) }
            }
            result[script] = names
        }
        return result
    }

    /// Everything beyond a page's own inputs (an article and its neighbours, or a listing) that
    /// shapes it: the templates it is rendered with, the settings, the base URL and the gazetteer.
    struct PagesIdentity: Encodable {
        /// The page's template, the layout every page is framed in, and the partials either uses.
        var templates: [String: String]
        var settings: String
        var baseURL: String?
        var entities: [Entity]
    }

    /// Per template, the hash of `PagesIdentity` for pages rendered with it; and the same without
    /// templates (`content`), for what no template shapes (an article's search postings). Editing
    /// one template then re-renders only the pages that use it; the assets are in none, as no
    /// page shows their bytes.
    static func identities(of set: TemplateSet, gazetteer: Gazetteer, baseURL: String?) -> (pages: [String: String], content: String) {
        func identity(_ templates: [String: String]) -> String {
            ContentHash.of(encodable: PagesIdentity(templates: templates, settings: set.settingsYAML, baseURL: baseURL,
                                                    entities: gazetteer.entities))
        }
        var pages: [String: String] = [:]
        for name in set.templates.keys {
            let used = TemplateSet.closure(of: [name, "layout"], in: set.templates)
            pages[name] = identity(set.templates.filter { used.contains($0.key) })
        }
        return (pages, identity([:]))
    }
}
