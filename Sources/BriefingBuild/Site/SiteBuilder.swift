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

    static let batchSize = 64

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
        let normalisedBaseURL = try BaseURL.normalised(baseURL)
        let context = SiteContext(renderer: try TemplateRenderer(set), scripts: scripts, baseURL: normalisedBaseURL,
                                  matcher: EntityMatcher(gazetteer: gazetteer, fold: scripts.fold),
                                  identity: identity(of: set, gazetteer: gazetteer, baseURL: normalisedBaseURL),
                                  regionalNames: regionalNames(gazetteer, fold: scripts.fold))
        var written: Set<String> = []
        var pageCount = 0
        func write(_ file: OutputFile) throws(DiagnosticError) {
            guard written.insert(file.relativePath).inserted else {
                throw DiagnosticError([.error(.site, at: SourceLocation(file: file.relativePath),
                    "two pages would be written to the same path; rename one of the terms or slugs that lead here")])
            }
            if file.relativePath.hasSuffix(".html") { pageCount += 1 }
            try emit(file)
        }

        // Seeds stream through in archive order, in batches: converted on all cores, checked,
        // rendered on all cores, written, and reduced to what the archive pages and the index
        // need. Bodies are not kept. The last article of a batch waits for the next batch, which
        // holds its older neighbour.
        let plan = ArchiveOrder.plan(seeds)
        var articles: [(index: Int, document: MarkdownDocument, mentions: [MentionSummary])] = []
        var warnings: [Diagnostic] = []
        var problems: [Diagnostic] = []
        var firstBySlug: [String: String] = [:]
        var reused = 0
        let search = SearchIndexFeed(SearchIndexBuilder(fold: scripts.foldCharacter), carrying: cache?.carriedPostings(),
                                     keepFor: cache?.codeIdentity)
        var waiting: (index: Int, loaded: DocumentLoader.Loaded)?
        var before: ArticleNeighbours.Link?
        func link(_ item: (index: Int, loaded: DocumentLoader.Loaded)) -> ArticleNeighbours.Link {
            ArticleNeighbours.Link(item.loaded.document, scripts: scripts)
        }
        func render(_ run: [(index: Int, loaded: DocumentLoader.Loaded)], after: ArticleNeighbours.Link?) throws(DiagnosticError) {
            let jobs = ArticleNeighbours.pair(run, before: before, after: after, link: link)
            let built = Parallel.map(jobs) { item, neighbours in
                Swift.Result<(ArticlePage.Built, SearchIndexBuilder.Analysed), DiagnosticError> {
                    () throws(DiagnosticError) -> (ArticlePage.Built, SearchIndexBuilder.Analysed) in
                    let key = item.loaded.cacheKey
                    if let cache, let key,
                       var cached = cache.page(document: key, neighbours: neighbours, context: context, needsTokens: search.needsTokens),
                       let analysed = cached.search {
                        cached.search = nil
                        return (cached, analysed)
                    }
                    let document = try DocumentLoader.whole(item.loaded, cache: cache, scripts: scripts)
                    var page = try ArticlePage.build(document, neighbours: neighbours, context: context)
                    var analysed = search.builder.analyse(SearchPage.document(document, mentions: page.mentions))
                    if let cache, let key {
                        analysed.postingsKey = cache.postingsKey(document: key, context: context)
                        page.search = analysed
                        page.files = cache.store(page, document: key, neighbours: neighbours, context: context)
                        page.search = nil
                    }
                    return (page, analysed)
                }
            }
            var analyses: [SearchIndexBuilder.Analysed] = []
            for ((item, _), result) in zip(jobs, built) {
                let (page, analysed) = try result.get()
                if page.fromCache { reused += 1 }
                for file in page.files { try write(file) }
                analyses.append(analysed)
                var light = item.loaded.document
                light.body = ""
                articles.append((item.index, light, page.mentions))
            }
            search.add(analyses)
            if let last = jobs.last { before = link(last.0) }
            progress(BuildProgress(stage: .render, done: articles.count, total: seeds.count))
        }
        let starts = Array(stride(from: 0, to: plan.indices.count, by: batchSize))
        func batchIndices(_ start: Int) -> [Int] { Array(plan.indices[start..<min(start + batchSize, plan.indices.count)]) }
        func load(_ indices: [Int]) -> Parallel.Prefetch<[Swift.Result<DocumentLoader.Loaded, DiagnosticError>]> {
            let batch = indices.map { seeds[$0] }
            return Parallel.Prefetch {
                Parallel.map(batch) { seed in
                    Swift.Result<DocumentLoader.Loaded, DiagnosticError> { () throws(DiagnosticError) -> DocumentLoader.Loaded in
                        if let cached = cache?.document(for: seed) { return cached }
                        let loaded = try DocumentLoader.load(seed, scripts: scripts)
                        return cache?.store(loaded, for: seed) ?? loaded
                    }
                }
            }
        }
        var next = starts.first.map { load(batchIndices($0)) }
        for (position, start) in starts.enumerated() {
            let indices = batchIndices(start)
            let loaded = next!.wait()
            next = position + 1 < starts.count ? load(batchIndices(starts[position + 1])) : nil
            for index in indices { seeds[index].text = "" }
            var batch: [(index: Int, loaded: DocumentLoader.Loaded)] = []
            for (index, result) in zip(indices, loaded) {
                switch result {
                case .failure(let error):
                    problems += error.diagnostics
                case .success(let value):
                    let slug = value.document.metadata.slug
                    if let first = firstBySlug[slug] {
                        problems.append(.error(.site, at: SourceLocation(file: value.document.sourcePath),
                            "slug `\(slug)` is already used by \(first); set another `slug:` in this seed's sidecar"))
                        continue
                    }
                    if value.document.metadata.date != plan.dates[index] {
                        problems.append(.error(.site, at: SourceLocation(file: value.document.sourcePath),
                            "the date read from the YAML alone (\(plan.dates[index] ?? "none")) differs from the loaded article's "
                            + "(\(value.document.metadata.date ?? "none")); write `date:` as a plain `date: 2025-02-10` line"))
                        continue
                    }
                    firstBySlug[slug] = value.document.sourcePath
                    warnings += value.warnings
                    batch.append((index, value))
                }
            }
            progress(BuildProgress(stage: .convert, done: min(start + batchSize, seeds.count), total: seeds.count))
            if !problems.isEmpty, !keepGoing { continue }
            var run = (waiting.map { [$0] } ?? []) + batch
            guard let last = run.popLast() else { continue }
            try render(run, after: link(last))
            waiting = last
        }
        if let waiting, problems.isEmpty || keepGoing { try render([waiting], after: nil) }
        if !problems.isEmpty {
            guard keepGoing else { throw DiagnosticError(problems) }
            warnings += problems.map { Diagnostic(.warning, $0.stage, at: $0.location, "skipped: " + $0.message) }
        }
        // Back in seed order, which the term lists and the home page's tie-breaks are defined by.
        articles.sort { $0.index < $1.index }
        let documents = articles.map(\.document)

        // The search index is made on another thread while the entity pages are: each has serial
        // steps between its parallel ones (most of a rebuild after one new seed), and together
        // they keep both cores busy. Its files are still written here, after the entity pages.
        let searchIndex = Parallel.Prefetch { [search, gazetteer, context] in
            let index = search.finished()
            let files = Swift.Result { () throws(DiagnosticError) in try SearchPage.files(index: index, gazetteer: gazetteer, context: context) }
            return (files: files, carried: index.carriedForNextBuild)
        }
        // The mentions and their quoted contexts are only for the entity pages: once the usage is
        // collected from them, the articles go, and the usage goes once the pages are made.
        let usage = EntityUsage.collect(gazetteer: gazetteer, mentions: articles.map { ($0.document, $0.mentions) })
        Parallel.release(articles)
        articles = []
        try EntityPages.write(usage: usage, gazetteer: gazetteer, context: context, cache: cache, to: write)
        let entityCount = usage.values.filter { $0.total > 0 }.count
        Parallel.release(usage)
        progress(BuildProgress(stage: .search, done: 0, total: 1))
        let madeIndex = searchIndex.wait()
        let searchFiles = try madeIndex.files.get()
        for file in searchFiles { try write(file) }
        if let cache, let carried = madeIndex.carried { cache.keepCarriedPostings(carried) }
        progress(BuildProgress(stage: .search, done: 1, total: 1))
        let terms = (sources: TaxonomyPages.sources(documents), authors: TaxonomyPages.authors(documents),
                     tags: TaxonomyPages.tags(documents))
        try TaxonomyPages.write(terms.authors, template: "author", kind: "author", context: context, cache: cache, to: write)
        try TaxonomyPages.write(terms.tags, template: "tag", kind: "tag", context: context, cache: cache, to: write)
        try TaxonomyPages.write(terms.sources, template: "tag", kind: "source", context: context, cache: cache, to: write)
        for file in try IndexPage.files(for: documents, terms: terms, context: context, cache: cache) { try write(file) }
        try write(OutputFile("404.html", text: try NotFoundPage.html(context: context)))
        let pages = written.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        for file in PublishingFiles.files(documents: documents, pages: Array(pages), context: context) { try write(file) }
        for name in set.assets.keys.sorted() { try write(OutputFile("assets/\(name)", contents: set.assets[name]!)) }
        cache?.saveListStamps()
        progress(BuildProgress(stage: .pages, done: pageCount, total: pageCount))
        return Summary(articleCount: documents.count, pageCount: pageCount,
                       entityCount: entityCount,
                       searchFileCount: searchFiles.count - 1, reusedArticles: reused, warnings: warnings)
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

    static func identity(of set: TemplateSet, gazetteer: Gazetteer, baseURL: String?) -> String {
        var hash = ContentHash()
        for name in set.templates.keys.sorted() { hash.add(name); hash.add(set.templates[name]!) }
        hash.add(set.settingsYAML)
        hash.add(baseURL ?? "")
        for entity in gazetteer.entities {
            // Field by field: dictionaries print in an order that can change between runs.
            for part in [entity.id, entity.kind.rawValue, entity.english, entity.wikipedia ?? ""] { hash.add(part) }
            for script in Script.allCases { hash.add(entity.names[script] ?? ""); hash.add(entity.descriptions[script] ?? "") }
            for part in entity.aliases + ["|"] + entity.notIn { hash.add(part) }
        }
        return hash.hex
    }
}
