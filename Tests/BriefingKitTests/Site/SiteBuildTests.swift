import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SiteBuildTests {
    static func buildRealSite() throws -> SiteBuilder.Result {
        try SiteBuilder.build(seeds: SeedReader.read(folder: TestSupport.seedsFolder),
                              templates: TemplateSet.read(folder: TestSupport.templatesFolder), scripts: TestSupport.scripts,
                              gazetteer: Gazetteer.read(folder: TestSupport.seedsFolder))
    }

    @Test func buildingTwiceGivesIdenticalFiles() throws {
        let first = try Self.buildRealSite().files
        let second = try Self.buildRealSite().files
        #expect(first.map(\.relativePath) == second.map(\.relativePath))
        #expect(first == second)
    }

    @Test func committedPublicFolderIsTheCurrentBuild() throws {
        let built = try Self.buildRealSite().files
        let committed = try Self.filesOnDisk(in: TestSupport.publicFolder).filter { $0.relativePath != Publisher.markerFile }
        #expect(committed.map(\.relativePath) == built.map(\.relativePath), "public/ is stale: run `make site` and commit it")
        for (old, new) in zip(committed, built) where old != new {
            Issue.record("public/\(old.relativePath) differs from a fresh build: run `make site` and commit it")
        }
    }

    @Test func everyArticleHasItsPageAndMarkdownTwinWithTheTitle() throws {
        let result = try Self.buildRealSite()
        let paths = Set(result.files.map(\.relativePath))
        #expect(result.articleCount == 5)
        for seed in try TestSupport.realSeeds() {
            let slug = ArticleConverter.slug(for: seed.id)
            #expect(paths.contains("articles/\(slug)/index.html"))
            let markdown = result.files.first { $0.relativePath == "articles/\(slug)/index.md" }
            let text = String(decoding: markdown?.contents ?? [], as: UTF8.self)
            #expect(text.hasPrefix("---\ntitle: "))
        }
        let index = String(decoding: result.files.first { $0.relativePath == "index.html" }!.contents, as: UTF8.self)
        #expect(index.contains("川石首次會談對東北亞安保情勢的影響"))
        #expect(index.contains("href=\"articles/004-730b5a91600a779f/\""))
    }

    @Test func articlePageCarriesLanguageFootnotesAndEscapedMetadata() throws {
        let files = try Self.buildRealSite().files
        let page = String(decoding: files.first { $0.relativePath == "articles/004-730b5a91600a779f/index.html" }!.contents, as: UTF8.self)
        #expect(page.contains("<html lang=\"zh-Hans-CN\">"))
        #expect(page.contains("<div class=\"cell cell-hans\" lang=\"zh-Hans-CN\"><h2>一、<span class=\"entity\" data-entity=\"donald-trump\">特朗普</span>回归后<span class=\"entity\" data-entity=\"united-states\">美国</span>亚太联盟新动向</h2>"))
        #expect(page.contains("<div class=\"cell cell-hant\" lang=\"zh-Hant-TW\"><h2>一、<span class=\"entity\" data-entity=\"donald-trump\" data-regional=\"川普\">特朗普</span>迴歸後<span class=\"entity\" data-entity=\"united-states\">美國</span>亞太聯盟新動向</h2>"))
        #expect(page.contains("简体（原文）"))
        #expect(page.contains("<div class=\"row row-footnote\">"))
        #expect(page.contains("href=\"../../assets/style.css\""))
        let traditional = String(decoding: files.first { $0.relativePath == "articles/000-5b3bdedfcf3bd529/index.html" }!.contents, as: UTF8.self)
        #expect(traditional.contains("fbid=1193909902094828&amp;set=a.486910606128098"))
    }

    static func filesOnDisk(in folder: String) throws -> [OutputFile] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [OutputFile] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files.append(OutputFile(relative, contents: [UInt8](try Data(contentsOf: url))))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}

struct BaseURLTests {
    @Test func baseURLGivesCanonicalLinksWhileLinksStayRelative() throws {
        let result = try SiteBuilder.build(seeds: SeedReader.read(folder: TestSupport.seedsFolder),
                                           templates: TemplateSet.read(folder: TestSupport.templatesFolder),
                                           scripts: TestSupport.scripts, gazetteer: Gazetteer.read(folder: TestSupport.seedsFolder),
                                           baseURL: "https://example.org/archive")
        let page = String(decoding: result.files.first { $0.relativePath == "articles/001-028ffaec0f3ec37e/index.html" }!.contents, as: UTF8.self)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/archive/articles/001-028ffaec0f3ec37e/\">"))
        #expect(page.contains("href=\"../../assets/style.css\""))
    }

    @Test func rejectsABaseURLThatIsNotHTTP() {
        #expect(throws: DiagnosticError.self) { try BaseURL.normalised("javascript:alert(1)") }
        #expect(throws: DiagnosticError.self) { try BaseURL.normalised("/archive") }
    }
}
