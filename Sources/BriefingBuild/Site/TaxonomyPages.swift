import BriefingCore
import BriefingRender
import Foundation

/// Author and tag pages (`authors/NAME/`, `tags/NAME/`), listing the articles of each, and the
/// term lists the home page shows. Folder names keep the Chinese name, with anything that could
/// leave the folder or break a URL replaced by `-`; links percent-encode them.
enum TaxonomyPages {
    struct Term: Sendable {
        var name: String
        var folder: String
        var documents: [MarkdownDocument]
    }

    static func authors(_ documents: [MarkdownDocument]) -> [Term] {
        terms(documents, prefix: "authors") { $0.metadata.authors.map(\.name) }
    }

    static func tags(_ documents: [MarkdownDocument]) -> [Term] {
        terms(documents, prefix: "tags") { $0.metadata.tags }
    }

    static func sources(_ documents: [MarkdownDocument]) -> [Term] {
        terms(documents, prefix: "sources") { [$0.metadata.source.publication ?? $0.metadata.source.publisher].compactMap { $0 } }
    }

    private static func terms(_ documents: [MarkdownDocument], prefix: String, _ names: (MarkdownDocument) -> [String]) -> [Term] {
        var order: [String] = []
        var byName: [String: [MarkdownDocument]] = [:]
        for document in documents {
            // A name given twice in one article lists it once (slugs are unique, so looking
            // within the article is enough; searching the term's list was quadratic in its size).
            var named: Set<String> = []
            for name in names(document) where !name.isEmpty && named.insert(name).inserted {
                if byName[name] == nil { order.append(name) }
                byName[name, default: []].append(document)
            }
        }
        var used: Set<String> = []
        return order.sorted().map { name in
            var segment = safeSegment(name)
            while !used.insert(segment).inserted { segment += "-" }
            return Term(name: name, folder: "\(prefix)/\(segment)/", documents: byName[name]!)
        }
    }

    /// A folder name from a term: letters and digits kept (Chinese included), everything else `-`.
    static func safeSegment(_ name: String) -> String {
        var segment = ""
        for character in name.precomposedStringWithCanonicalMapping {
            if character.isLetter || character.isNumber { segment.append(character) } else if segment.last != "-" { segment.append("-") }
        }
        while segment.hasPrefix("-") { segment.removeFirst() }
        while segment.hasSuffix("-") { segment.removeLast() }
        return segment.isEmpty ? "term" : String(segment.prefix(60))
    }

    static func href(_ folder: String) -> String {
        folder.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? folder
    }

    /// The term is written in the script of the first article that uses it.
    static func lang(of term: Term) -> String {
        term.documents.first?.metadata.script.languageTag ?? Script.traditional.languageTag
    }

    /// Writes each term's page, over several pages when it lists more articles than a page
    /// holds, rendered on all cores; `kind` names the label (`author`, `tag`, `source`) shown
    /// before the term.
    /// With a cache, a page whose listing is the same as before is linked from it, not rendered.
    static func write(_ terms: [Term], template: String, kind: String, context: SiteContext, cache: ArticleCache? = nil,
                      to write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) {
        var jobs: [(term: Term, ordered: [MarkdownDocument], pagination: Pagination, number: Int)] = []
        for term in terms {
            let ordered = IndexPage.ordered(term.documents)
            let pagination = Pagination(items: ordered.count, size: context.renderer.settings.pageSize)
            for number in 1...pagination.count { jobs.append((term, ordered, pagination, number)) }
        }
        try Parallel.forEachChunk(jobs, { job throws(DiagnosticError) -> OutputFile in
            let (term, ordered, pagination, number) = job
            let position = pagination.position(page: number)
            let listing = TermListing(template: template, kind: kind, name: term.name, folder: term.folder, lang: lang(of: term),
                                      position: position, total: position.isFirst ? term.documents.count : nil,
                                      articles: pagination.slice(ordered, page: number).map(ListedArticle.init))
            return try ArticleCache.listPage(position.folder(term.folder) + "index.html", template: template, listing: listing, cache: cache,
                                             context: context, make: page)
        }, write: write)
    }

    /// One page of a term's list, from its listing alone.
    static func page(_ listing: TermListing, context: SiteContext) throws(DiagnosticError) -> OutputFile {
        let settings = context.renderer.settings
        let label = settings.label(listing.kind)
        let position = listing.position
        let folder = position.folder(listing.folder)
        let root = SiteContext.root(forFolder: folder)
        let view = TermPageView(name: listing.name, lang: listing.lang, kindTraditional: label.traditional,
                                kindSimplified: label.simplified, kindDiffers: label.differs, count: listing.total,
                                articles: IndexPage.items(listing.articles, root: root, scripts: context.scripts),
                                start: position.firstNumber, pager: position.pager, root: root)
        let content = try context.renderer.render(view, template: listing.template)
        return OutputFile(folder + "index.html", text: try Layout.html(
            content: content, pageTitle: position.title(listing.name, settings: settings),
            lang: listing.lang, folder: folder, context: context))
    }
}
