import BriefingCore
import BriefingRender
import BriefingScript
import BriefingSearch

/// The first phase of a build: seeds stream through in archive order, in batches — read from the
/// cache or converted on all cores, checked, rendered on all cores, written, handed to the search
/// index, and reduced to what the archive pages need. Bodies are not kept, and each seed's text
/// is let go once it is converted. The last article of a batch waits for the next batch, which
/// holds its older neighbour.
struct ArticleStream {
    static let batchSize = 64

    /// What the later phases need of the articles, in seed order.
    struct Articles: Sendable {
        /// Each article's document without its body, with its entity mentions.
        var listed: [(document: MarkdownDocument, mentions: [MentionSummary])]
        var warnings: [Diagnostic]
        /// Problems with seeds: errors, or with `keepGoing` the seeds that were skipped.
        var problems: [Diagnostic]
        /// Articles taken from the cache instead of being converted and rendered again.
        var reused: Int
    }

    private var seeds: [Seed]
    private let context: SiteContext
    private let cache: ArticleCache?
    private let search: SearchIndexFeed
    private let keepGoing: Bool
    private let plan: (indices: [Int], dates: [String?])

    private var articles: [(index: Int, document: MarkdownDocument, mentions: [MentionSummary])] = []
    private var warnings: [Diagnostic] = []
    private var problems: [Diagnostic] = []
    private var firstBySlug: [String: String] = [:]
    private var reused = 0
    /// The article rendered last, the newer neighbour of the next.
    private var before: ArticleNeighbours.Link?

    init(seeds: consuming [Seed], context: SiteContext, cache: ArticleCache?, search: SearchIndexFeed, keepGoing: Bool) {
        self.seeds = seeds
        plan = ArchiveOrder.plan(self.seeds)
        self.context = context
        self.cache = cache
        self.search = search
        self.keepGoing = keepGoing
    }

    typealias Item = (index: Int, loaded: DocumentLoader.Loaded)

    /// Runs the phase, writing each article's pages as they are made.
    consuming func run(progress: (BuildProgress) -> Void,
                       write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) -> Articles {
        let starts = Array(stride(from: 0, to: plan.indices.count, by: Self.batchSize))
        var next = starts.first.map { load(batchIndices($0)) }
        var waiting: Item?
        for (position, start) in starts.enumerated() {
            let indices = batchIndices(start)
            let loaded = next!.wait()
            next = position + 1 < starts.count ? load(batchIndices(starts[position + 1])) : nil
            for index in indices { seeds[index].text = "" }
            let batch = check(zip(indices, loaded))
            progress(BuildProgress(stage: .convert, done: min(start + Self.batchSize, seeds.count), total: seeds.count))
            if !problems.isEmpty, !keepGoing { continue }
            var run = (waiting.map { [$0] } ?? []) + batch
            guard let last = run.popLast() else { continue }
            try render(run, after: link(last), write: write)
            progress(BuildProgress(stage: .render, done: articles.count, total: seeds.count))
            waiting = last
        }
        if let waiting, problems.isEmpty || keepGoing {
            try render([waiting], after: nil, write: write)
            progress(BuildProgress(stage: .render, done: articles.count, total: seeds.count))
        }
        // Back in seed order, which the term lists and the home page's tie-breaks are defined by.
        articles.sort { $0.index < $1.index }
        return Articles(listed: articles.map { ($0.document, $0.mentions) }, warnings: warnings, problems: problems, reused: reused)
    }

    private func batchIndices(_ start: Int) -> [Int] {
        Array(plan.indices[start..<min(start + Self.batchSize, plan.indices.count)])
    }

    /// Reads or converts a batch of seeds on all cores, in the background.
    private func load(_ indices: [Int]) -> Parallel.Prefetch<[Result<DocumentLoader.Loaded, DiagnosticError>]> {
        let batch = indices.map { seeds[$0] }
        let (cache, scripts) = (cache, context.scripts)
        return Parallel.Prefetch {
            Parallel.map(batch) { seed in
                Result<DocumentLoader.Loaded, DiagnosticError> { () throws(DiagnosticError) -> DocumentLoader.Loaded in
                    if let cached = cache?.document(for: seed) { return cached }
                    let loaded = try DocumentLoader.load(seed, scripts: scripts)
                    return cache?.store(loaded, for: seed) ?? loaded
                }
            }
        }
    }

    /// The loaded articles that may be built: a slug used twice, or a date that differs from the
    /// one the archive was ordered by, is a problem and the article is left out.
    private mutating func check(_ loaded: some Sequence<(Int, Result<DocumentLoader.Loaded, DiagnosticError>)>) -> [Item] {
        var batch: [Item] = []
        for (index, result) in loaded {
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
        return batch
    }

    private func link(_ item: Item) -> ArticleNeighbours.Link {
        ArticleNeighbours.Link(item.loaded.document, scripts: context.scripts)
    }

    /// Renders a run of articles on all cores (or links their pages from the cache), writes their
    /// pages and hands their analyses to the search index; `after` is the run's older neighbour.
    private mutating func render(_ run: [Item], after: ArticleNeighbours.Link?,
                                 write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) {
        let jobs = ArticleNeighbours.pair(run, before: before, after: after, link: link)
        let (cache, context, search) = (cache, context, search)
        let built = Parallel.map(jobs) { item, neighbours in
            Result<Page, DiagnosticError> { () throws(DiagnosticError) -> Page in
                try Self.page(item.loaded, neighbours: neighbours, context: context, cache: cache, search: search)
            }
        }
        var analyses: [(analysed: SearchIndexBuilder.Analysed, identity: String?)] = []
        for ((item, _), result) in zip(jobs, built) {
            let (page, analysed, identity) = try result.get()
            if page.fromCache { reused += 1 }
            for file in page.files { try write(file) }
            analyses.append((analysed, identity))
            var light = item.loaded.document
            light.body = ""
            articles.append((item.index, light, page.mentions))
        }
        search.add(analyses)
        if let last = jobs.last { before = link(last.0) }
    }

    /// An article's pages, its search analysis, and the identity the index knows that analysis by
    /// (none without a cache).
    private typealias Page = (built: ArticlePage.Built, analysed: SearchIndexBuilder.Analysed, identity: String?)

    /// One article's pages and search analysis: from the cache when stored under the same key,
    /// else rendered and analysed (and stored).
    private static func page(_ loaded: DocumentLoader.Loaded, neighbours: ArticleNeighbours, context: SiteContext, cache: ArticleCache?,
                             search: SearchIndexFeed) throws(DiagnosticError) -> Page {
        let key = loaded.cacheKey
        let identity = cache.flatMap { cache in key.map { cache.analysisIdentity(document: $0, context: context) } }
        if let cache, let key, let identity,
           var cached = cache.page(document: key, neighbours: neighbours, context: context, needsTokens: search.needsTokens(identity)),
           let analysed = cached.search {
            cached.search = nil
            return (cached, analysed, identity)
        }
        let document = try DocumentLoader.whole(loaded, cache: cache, scripts: context.scripts)
        var page = try ArticlePage.build(document, neighbours: neighbours, context: context)
        let analysed = search.builder.analyse(SearchPage.document(document, mentions: page.mentions))
        if let cache, let key {
            page.search = analysed
            page.files = cache.store(page, document: key, neighbours: neighbours, context: context)
            page.search = nil
        }
        return (page, analysed, identity)
    }
}
