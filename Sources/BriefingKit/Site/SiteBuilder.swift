/// Builds the whole site in memory: every seed to a document, every document to its pages,
/// plus the index, the 404 page and the assets. Nothing touches the disk here.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var articleCount: Int
        public var pageCount: Int
        /// Gazetteer entities mentioned at least once.
        public var entityCount: Int
        public var warnings: [Diagnostic]
    }

    public static func build(seeds: [Seed], templates set: TemplateSet, scripts: ScriptConverter,
                             gazetteer: Gazetteer = .empty, baseURL: String? = nil,
                             keepGoing: Bool = false) throws(DiagnosticError) -> Result {
        let context = SiteContext(renderer: try TemplateRenderer(set), scripts: scripts,
                                  baseURL: try SiteContext.normalisedBaseURL(baseURL),
                                  matcher: EntityMatcher(gazetteer: gazetteer, fold: scripts.fold))
        var documents: [MarkdownDocument] = []
        var warnings: [Diagnostic] = []
        var problems: [Diagnostic] = []
        for seed in seeds {
            do throws(DiagnosticError) {
                let loaded = try DocumentLoader.load(seed, scripts: scripts)
                documents.append(loaded.document)
                warnings += loaded.warnings
            } catch {
                problems += error.diagnostics
            }
        }
        let duplicates = duplicateSlugs(documents)
        problems += duplicates
        if keepGoing {
            let rejected = Set(duplicates.map(\.location.file))
            documents.removeAll { rejected.contains($0.sourcePath) }
            warnings += problems.map { Diagnostic(.warning, $0.stage, at: $0.location, "skipped: " + $0.message) }
        } else if !problems.isEmpty {
            throw DiagnosticError(problems)
        }

        var files: [OutputFile] = []
        var mentions: [(document: MarkdownDocument, mentions: [EntityMention])] = []
        for document in documents {
            let page = try ArticlePage.build(document, context: context)
            files += page.files
            mentions.append((document, page.mentions))
        }
        let usage = EntityUsage.collect(gazetteer: gazetteer, mentions: mentions)
        files += try EntityPages.files(usage: usage, gazetteer: gazetteer, context: context)
        files += try SearchPage.files(documents: mentions, gazetteer: gazetteer, context: context)
        let terms = (sources: TaxonomyPages.sources(documents), authors: TaxonomyPages.authors(documents),
                     tags: TaxonomyPages.tags(documents))
        files += try TaxonomyPages.files(terms.authors, template: "author",
                                       kind: [.traditional: "作者", .simplified: "作者"], context: context)
        files += try TaxonomyPages.files(terms.tags, template: "tag",
                                       kind: [.traditional: "標籤", .simplified: "标签"], context: context)
        files += try TaxonomyPages.files(terms.sources, template: "tag",
                                       kind: [.traditional: "來源", .simplified: "来源"], context: context)
        files.append(OutputFile("index.html", text: try IndexPage.html(for: documents, terms: terms, context: context)))
        files.append(OutputFile("404.html", text: try NotFoundPage.html(context: context)))
        files += PublishingFiles.files(documents: documents, pages: files.map(\.relativePath).filter { $0 != "404.html" },
                                       context: context)
        for name in set.assets.keys.sorted() {
            files.append(OutputFile("assets/\(name)", contents: set.assets[name]!))
        }
        files.sort { $0.relativePath < $1.relativePath }
        let pages = files.filter { $0.relativePath.hasSuffix(".html") }.count
        return Result(files: files, articleCount: documents.count, pageCount: pages,
                      entityCount: usage.values.filter { $0.total > 0 }.count, warnings: warnings)
    }

    static func duplicateSlugs(_ documents: [MarkdownDocument]) -> [Diagnostic] {
        var firstBySlug: [String: String] = [:]
        var problems: [Diagnostic] = []
        for document in documents {
            let slug = document.metadata.slug
            if let first = firstBySlug[slug] {
                problems.append(.error(.site, at: SourceLocation(file: document.sourcePath),
                    "slug `\(slug)` is already used by \(first); set another `slug:` in this seed's sidecar"))
            } else {
                firstBySlug[slug] = document.sourcePath
            }
        }
        return problems
    }
}
