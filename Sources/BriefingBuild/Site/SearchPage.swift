import BriefingCore
import BriefingRender
import BriefingSearch

/// The search page at `search/` and the index files beside it.
enum SearchPage {
    /// What the index needs of one article; built right after its page, so no text is kept.
    static func document(_ document: MarkdownDocument, mentions: [MentionSummary]) -> SearchDocument {
        let blocks = MarkdownRenderer.plainBlocks(document.body)
        let metadata = document.metadata
        return SearchDocument(
            url: "articles/\(metadata.slug)/", title: metadata.title, lang: metadata.script.languageTag,
            headings: blocks.filter { $0.kind == .heading }.map(\.text), abstract: metadata.abstract ?? "",
            body: blocks.filter { $0.kind != .heading }.map(\.text),
            entityIDs: mentions.flatMap { Array(repeating: $0.entityID, count: min($0.count, 5)) },
            byline: ([metadata.authors.map(\.name).joined(separator: "、")] + [metadata.source.publication].compactMap { $0 })
                .filter { !$0.isEmpty }.joined(separator: " · "))
    }

    /// The search page and the index's files, and the index's snapshot for the next build.
    static func files(index: SearchIndexBuilder.Accumulator, gazetteer: Gazetteer,
                      context: SiteContext) throws(DiagnosticError) -> (files: [OutputFile], snapshot: [UInt8]?) {
        let folder = "search/"
        let content = try context.renderer.render(SearchPageView(root: SiteContext.root(forFolder: folder)), template: "search")
        let page = try Layout.html(content: content, pageTitle: "搜尋 · 搜索", lang: Script.traditional.languageTag,
                                   folder: folder, context: context)
        let index = index.finish(entities: gazetteer.entities)
        return ([OutputFile(folder + "index.html", text: page)] + index.files, index.snapshot)
    }
}
