import BriefingCore
import BriefingReflow
import BriefingRender
import BriefingScript
import BriefingSearch

/// The article page and its Markdown twin at `articles/SLUG/`.
enum ArticlePage {
    static let scriptNames: [Script: String] = [.traditional: "繁體", .simplified: "简体"]

    struct Built: Sendable {
        var files: [OutputFile]
        /// Entity mentions in the article's original script, one summary per entity.
        var mentions: [MentionSummary]
        var fromCache = false
        /// The article's search analysis, kept with its pages in the cache.
        var search: SearchIndexBuilder.Analysed?
    }

    static func build(_ document: MarkdownDocument, neighbours: ArticleNeighbours = ArticleNeighbours(),
                      context: SiteContext) throws(DiagnosticError) -> Built {
        let metadata = document.metadata
        let scripts = context.scripts
        let folder = "articles/\(metadata.slug)/"
        let root = SiteContext.root(forFolder: folder)
        let bilingual = BilingualDocument(document, scripts: scripts)
        let original = metadata.script
        let body = AlignedBody(traditional: bilingual.bodies[.traditional]!, simplified: bilingual.bodies[.simplified]!,
                               annotators: context.annotators(forFolder: folder, original: original))
        let mentions = MentionSummary.summarise(body.mentions[original] ?? [])
        let mentioned = mentions.sorted { ($1.count, $0.entityID) < ($0.count, $1.entityID) }.map { summary in
            EntityLinkView(name: summary.surface, url: "\(SiteContext.root(forFolder: folder))entities/\(summary.entityID)/",
                           count: summary.count)
        }
        let view = ArticlePageView(
            title: metadata.title, convertedTitle: bilingual.titles[original.other]!,
            lang: original.languageTag, convertedLang: original.other.languageTag,
            originalScriptName: scriptNames[original]!, convertedScriptName: scriptNames[original.other]!,
            authors: metadata.authors.map {
                AuthorView(name: $0.name, affiliation: $0.affiliation,
                           url: root + TaxonomyPages.href("authors/\(TaxonomyPages.safeSegment($0.name))/"))
            },
            publication: metadata.source.publication, issue: metadata.source.issue, publisher: metadata.source.publisher,
            abstract: metadata.abstract, imageCaption: metadata.imageCaption, imageCredit: metadata.imageCredit,
            funding: metadata.funding,
            tags: metadata.tags.map {
                TermLinkView(name: $0, url: root + TaxonomyPages.href("tags/\(TaxonomyPages.safeSegment($0))/"), count: 0,
                             lang: original.languageTag)
            },
            hasTags: !metadata.tags.isEmpty,
            rows: body.rows.map { AlignedRowView(kind: $0.kind.rawValue, traditional: $0.traditional, simplified: $0.simplified) },
            traditionalIsOriginal: original == .traditional, markdownURL: "index.md",
            englishTitle: metadata.english.title, englishAbstract: metadata.english.abstract,
            entities: mentioned, hasEntities: !mentioned.isEmpty,
            previous: neighbours.previous.map { NeighbourLinkView($0, root: root) },
            next: neighbours.next.map { NeighbourLinkView($0, root: root) },
            hasNeighbours: neighbours.previous != nil || neighbours.next != nil, root: root)
        let content = try context.renderer.render(view, template: "article")
        let page = try Layout.html(content: content, pageTitle: metadata.title, lang: original.languageTag,
                                   folder: folder, context: context, isWide: true,
                                   article: head(metadata, url: context.canonicalURL(forFolder: folder), context: context))
        return Built(files: [
            OutputFile(folder + "index.html", text: page),
            OutputFile(folder + "index.md", text: MarkdownWriter.file(for: document)),
        ], mentions: mentions)
    }
}

extension ArticlePage {
    static func head(_ metadata: ArticleMetadata, url: String?, context: SiteContext) -> ArticleHeadView {
        let description = metadata.abstract ?? metadata.imageCaption
        var fields = [
            "\"@context\":\"https://schema.org\"", "\"@type\":\"Article\"",
            "\"headline\":\(JSONText.string(metadata.title))", "\"inLanguage\":\(JSONText.string(metadata.script.languageTag))",
            "\"author\":" + JSONText.array(metadata.authors.map { "{\"@type\":\"Person\",\"name\":\(JSONText.string($0.name))}" }),
        ]
        if let date = metadata.date { fields.append("\"datePublished\":\(JSONText.string(date))") }
        if let description { fields.append("\"description\":\(JSONText.string(description))") }
        if let publisher = metadata.source.publisher ?? metadata.source.publication {
            fields.append("\"publisher\":{\"@type\":\"Organization\",\"name\":\(JSONText.string(publisher))}")
        }
        if let url { fields.append("\"url\":\(JSONText.string(url))") }
        return ArticleHeadView(title: metadata.title, description: description,
                               locale: metadata.script == .traditional ? "zh_TW" : "zh_CN",
                               jsonLD: "{" + fields.joined(separator: ",") + "}")
    }
}

/// The home page: every article, newest first when dates exist, else in seed order, and the
/// archive's sources, authors and tags.
enum IndexPage {
    static func ordered(_ documents: [MarkdownDocument]) -> [MarkdownDocument] {
        documents.enumerated().sorted { lhs, rhs in
            ArchiveOrder.precedes((lhs.element.metadata.date, lhs.offset), (rhs.element.metadata.date, rhs.offset))
        }.map(\.element)
    }

    /// List items with each title also in the other script, so a reader of either can choose;
    /// `articles` are listed in the order given.
    static func items(_ articles: [ListedArticle], root: String, scripts: ScriptConverter) -> [ArticleListItemView] {
        articles.map { article in
            ArticleListItemView(
                title: article.title,
                convertedTitle: scripts.convert(article.title, from: article.script, to: article.script.other),
                convertedLang: article.script.other.languageTag, url: "\(root)articles/\(article.slug)/",
                authors: article.authors.joined(separator: "、"),
                source: [article.publication, article.issue].compactMap { $0 }.joined(separator: " ").nilIfEmpty,
                date: article.date, lang: article.script.languageTag)
        }
    }

    /// The home page and, for a long archive, its further pages `page/2/` and on; the sources,
    /// authors and tags are listed on the first. With a cache, a page whose listing is the same as
    /// before is linked from it, not rendered.
    static func files(for documents: [MarkdownDocument], terms: (sources: [TaxonomyPages.Term], authors: [TaxonomyPages.Term],
                      tags: [TaxonomyPages.Term]), context: SiteContext, cache: ArticleCache? = nil) throws(DiagnosticError) -> [OutputFile] {
        let ordered = ordered(documents)
        let pagination = Pagination(items: ordered.count, size: context.renderer.settings.pageSize)
        func listed(_ list: [TaxonomyPages.Term]) -> [ListedTerm] {
            list.map { ListedTerm(name: $0.name, folder: $0.folder, count: $0.documents.count, lang: TaxonomyPages.lang(of: $0)) }
        }
        var files: [OutputFile] = []
        for number in 1...pagination.count {
            let position = pagination.position(page: number)
            let first = position.isFirst
            let listing = HomeListing(position: position, total: first ? documents.count : nil,
                                      articles: pagination.slice(ordered, page: number).map(ListedArticle.init),
                                      sources: first ? listed(terms.sources) : [], authors: first ? listed(terms.authors) : [],
                                      tags: first ? listed(terms.tags) : [])
            files.append(try ArticleCache.listPage(position.folder("") + "index.html", template: "index", listing: listing, cache: cache, context: context,
                                                   make: page))
        }
        return files
    }

    /// One page of the home page's list, from its listing alone.
    static func page(_ listing: HomeListing, context: SiteContext) throws(DiagnosticError) -> OutputFile {
        let settings = context.renderer.settings
        let position = listing.position
        let folder = position.folder("")
        func links(_ list: [ListedTerm]) -> [TermLinkView] {
            list.map { TermLinkView(name: $0.name, url: TaxonomyPages.href($0.folder), count: $0.count, lang: $0.lang) }
        }
        let view = IndexPageView(siteTitle: settings.title[.traditional]!, siteTitleSimplified: settings.title[.simplified]!,
                                 description: settings.description[.traditional]!,
                                 descriptionSimplified: settings.description[.simplified]!,
                                 articles: items(listing.articles, root: SiteContext.root(forFolder: folder), scripts: context.scripts),
                                 count: listing.total, start: position.firstNumber,
                                 isFirstPage: position.isFirst, sources: links(listing.sources),
                                 authors: links(listing.authors), tags: links(listing.tags),
                                 hasEntities: !context.matcher.isEmpty, pager: position.pager)
        let content = try context.renderer.render(view, template: "index")
        return OutputFile(folder + "index.html", text: try Layout.html(
            content: content, pageTitle: position.title(settings.title[.traditional]!, settings: settings),
            lang: Script.traditional.languageTag, folder: folder, context: context))
    }
}

/// Hosts serve `404.html` at whatever path was missing, so its links cannot be relative: with a
/// base URL they are absolute; without one they assume the site root.
enum NotFoundPage {
    static func html(context: SiteContext) throws(DiagnosticError) -> String {
        let root = context.baseURL ?? ""
        let content = try context.renderer.render(NotFoundPageView(root: root, home: Layout.home(root)), template: "404")
        return try Layout.html(content: content, pageTitle: "404", lang: Script.traditional.languageTag, folder: "", context: context,
                               rootOverride: context.baseURL)
    }
}

enum Layout {
    static func html(content: String, pageTitle: String, lang: String, folder: String, context: SiteContext,
                     isWide: Bool = false, article: ArticleHeadView? = nil, rootOverride: String? = nil) throws(DiagnosticError) -> String {
        let settings = context.renderer.settings
        let root = rootOverride ?? SiteContext.root(forFolder: folder)
        let view = LayoutView(lang: lang, pageTitle: pageTitle, siteTitle: settings.title[.traditional]!,
                              description: settings.description[.traditional]!, root: root,
                              content: content, isHome: folder.isEmpty && pageTitle == settings.title[.traditional],
                              isWide: isWide, canonicalURL: context.canonicalURL(forFolder: folder),
                              hasFeed: context.baseURL != nil, home: home(root),
                              article: article)
        return try context.renderer.render(view, template: "layout")
    }

    /// The link to the home page: the root, or `./` when the root is empty.
    static func home(_ root: String) -> String {
        root.isEmpty ? "./" : root
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
