/// The search page at `search/` and the index files beside it.
enum SearchPage {
    static func files(documents: [(document: MarkdownDocument, mentions: [EntityMention])], gazetteer: Gazetteer,
                      context: SiteContext) throws(DiagnosticError) -> [OutputFile] {
        let searchDocuments = documents.map { document, mentions in
            let blocks = MarkdownRenderer.plainBlocks(document.body)
            let metadata = document.metadata
            return SearchDocument(
                url: "articles/\(metadata.slug)/", title: metadata.title, lang: metadata.script.languageTag,
                headings: blocks.filter { $0.kind == .heading }.map(\.text), abstract: metadata.abstract ?? "",
                body: blocks.filter { $0.kind != .heading }.map(\.text), entityIDs: mentions.map(\.entityID),
                byline: ([metadata.authors.map(\.name).joined(separator: "、")] + [metadata.source.publication].compactMap { $0 })
                    .filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let builder = SearchIndexBuilder(fold: context.scripts.foldCharacter)
        let folder = "search/"
        let content = try context.renderer.render(SearchPageView(root: SiteContext.root(forFolder: folder)), template: "search")
        let page = try Layout.html(content: content, pageTitle: "搜尋 · 搜索", lang: Script.traditional.languageTag,
                                   folder: folder, context: context)
        return [OutputFile(folder + "index.html", text: page)]
            + builder.files(documents: searchDocuments, entities: gazetteer.entities)
    }
}
