import BriefingCore

/// `robots.txt`, and with a base URL (sitemaps and feeds need absolute addresses) `sitemap.xml`
/// and the Atom feed `feed.xml`.
enum PublishingFiles {
    /// Undated articles get this instant in the feed: builds never read the clock, so a stated
    /// `date:` (front matter or sidecar) is the only way to give an entry a real date.
    static let undated = "1970-01-01T00:00:00Z"

    static func files(documents: [MarkdownDocument], pages: [String], context: SiteContext) -> [OutputFile] {
        var robots = "User-agent: *\nAllow: /\n"
        guard let base = context.baseURL else { return [OutputFile("robots.txt", text: robots)] }
        robots += "Sitemap: \(base)sitemap.xml\n"
        return [
            OutputFile("robots.txt", text: robots),
            OutputFile("sitemap.xml", text: sitemap(pages: pages, base: base)),
            OutputFile("feed.xml", text: feed(documents: documents, base: base, context: context)),
        ]
    }

    static func sitemap(pages: [String], base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page.hasSuffix("index.html") {
            let folder = String(page.dropLast("index.html".count))
            xml += "<url><loc>\(XMLText.escape(base + TaxonomyPages.href(folder)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func feed(documents: [MarkdownDocument], base: String, context: SiteContext) -> String {
        let settings = context.renderer.settings
        let ordered = IndexPage.ordered(documents)
        let updated = ordered.compactMap { $0.metadata.date.map(atomDate) }.max() ?? undated
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">
            <title>\(XMLText.escape(settings.title[.traditional]!))</title>
            <subtitle>\(XMLText.escape(settings.description[.traditional]!))</subtitle>
            <id>\(XMLText.escape(base))</id>
            <link href="\(XMLText.escape(base))"/>
            <link rel="self" href="\(XMLText.escape(base))feed.xml"/>
            <updated>\(updated)</updated>

            """
        if let author = settings.author { xml += "<author><name>\(XMLText.escape(author))</name></author>\n" }
        if let copyright = settings.copyright { xml += "<rights>\(XMLText.escape(copyright))</rights>\n" }
        for document in ordered {
            let metadata = document.metadata
            let url = base + "articles/\(metadata.slug)/"
            let date = metadata.date.map(atomDate) ?? undated
            xml += "<entry xml:lang=\"\(metadata.script.languageTag)\">\n<title>\(XMLText.escape(metadata.title))</title>\n"
            xml += "<id>\(XMLText.escape(url))</id>\n<link href=\"\(XMLText.escape(url))\"/>\n<updated>\(date)</updated>\n"
            if metadata.date != nil { xml += "<published>\(date)</published>\n" }
            for author in metadata.authors { xml += "<author><name>\(XMLText.escape(author.name))</name></author>\n" }
            if metadata.authors.isEmpty { xml += "<author><name>\(XMLText.escape(metadata.source.publisher ?? settings.author ?? settings.title[.traditional]!))</name></author>\n" }
            if let summary = metadata.abstract ?? metadata.imageCaption {
                xml += "<summary>\(XMLText.escape(summary))</summary>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// `2025-02-10` becomes `2025-02-10T00:00:00Z`; a full timestamp is kept.
    static func atomDate(_ date: String) -> String {
        date.count == 10 ? date + "T00:00:00Z" : date
    }
}
