/// The article page and its Markdown twin at `articles/SLUG/`.
enum ArticlePage {
    static let root = "../../"
    static let scriptNames: [Script: String] = [.traditional: "繁體", .simplified: "简体"]

    static func files(for document: MarkdownDocument, scripts: ScriptConverter, renderer: TemplateRenderer) throws(DiagnosticError) -> [OutputFile] {
        let metadata = document.metadata
        let bilingual = BilingualDocument(document, scripts: scripts)
        let original = metadata.script
        let body = AlignedBody(traditional: bilingual.bodies[.traditional]!, simplified: bilingual.bodies[.simplified]!)
        let view = ArticlePageView(
            title: metadata.title, convertedTitle: bilingual.titles[original.other]!,
            lang: original.languageTag, convertedLang: original.other.languageTag,
            originalScriptName: scriptNames[original]!, convertedScriptName: scriptNames[original.other]!,
            authors: metadata.authors.map { AuthorView(name: $0.name, affiliation: $0.affiliation) },
            publication: metadata.source.publication, issue: metadata.source.issue, publisher: metadata.source.publisher,
            abstract: metadata.abstract, imageCaption: metadata.imageCaption, imageCredit: metadata.imageCredit,
            funding: metadata.funding, tags: metadata.tags, hasTags: !metadata.tags.isEmpty,
            rows: body.rows.map { AlignedRowView(kind: $0.kind.rawValue, traditional: $0.traditional, simplified: $0.simplified) },
            traditionalIsOriginal: original == .traditional, markdownURL: "index.md",
            englishTitle: metadata.english.title, englishAbstract: metadata.english.abstract, root: root)
        let content = try renderer.render(view, template: "article")
        let page = try Layout.html(content: content, pageTitle: metadata.title, lang: original.languageTag,
                                   root: root, renderer: renderer, isWide: true)
        let folder = "articles/\(metadata.slug)/"
        return [
            OutputFile(folder + "index.html", text: page),
            OutputFile(folder + "index.md", text: MarkdownWriter.file(for: document)),
        ]
    }
}

/// The home page: every article, newest first when dates exist, else in seed order.
enum IndexPage {
    static func html(for documents: [MarkdownDocument], renderer: TemplateRenderer) throws(DiagnosticError) -> String {
        let ordered = documents.enumerated().sorted { lhs, rhs in
            let left = lhs.element.metadata.date ?? "", right = rhs.element.metadata.date ?? ""
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        let items = ordered.map { document in
            ArticleListItemView(
                title: document.metadata.title, url: "articles/\(document.metadata.slug)/",
                authors: document.metadata.authors.map(\.name).joined(separator: "、"),
                source: [document.metadata.source.publication, document.metadata.source.issue].compactMap { $0 }
                    .joined(separator: " ").nilIfEmpty,
                lang: document.metadata.script.languageTag)
        }
        let settings = renderer.settings
        let view = IndexPageView(siteTitle: settings.title[.traditional]!, description: settings.description[.traditional]!,
                                 articles: items, count: items.count)
        let content = try renderer.render(view, template: "index")
        return try Layout.html(content: content, pageTitle: settings.title[.traditional]!, lang: Script.traditional.languageTag,
                               root: "", renderer: renderer)
    }
}

enum NotFoundPage {
    static func html(renderer: TemplateRenderer) throws(DiagnosticError) -> String {
        let content = try renderer.render(NotFoundPageView(root: ""), template: "404")
        return try Layout.html(content: content, pageTitle: "404", lang: Script.traditional.languageTag, root: "", renderer: renderer)
    }
}

enum Layout {
    static func html(content: String, pageTitle: String, lang: String, root: String, renderer: TemplateRenderer,
                     isWide: Bool = false) throws(DiagnosticError) -> String {
        let settings = renderer.settings
        let view = LayoutView(lang: lang, pageTitle: pageTitle, siteTitle: settings.title[.traditional]!,
                              description: settings.description[.traditional]!, root: root, content: content,
                              isHome: root.isEmpty && pageTitle == settings.title[.traditional], isWide: isWide)
        return try renderer.render(view, template: "layout")
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
