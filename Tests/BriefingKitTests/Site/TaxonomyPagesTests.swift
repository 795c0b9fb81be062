import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TaxonomyPagesTests {
    @Test func folderNamesKeepChineseAndDropWhatCouldEscape() {
        #expect(TaxonomyPages.safeSegment("川普") == "川普")
        #expect(TaxonomyPages.safeSegment("../etc/passwd") == "etc-passwd")
        #expect(TaxonomyPages.safeSegment("Marco Rubio") == "Marco-Rubio")
        #expect(TaxonomyPages.safeSegment("《》") == "term")
        #expect(TaxonomyPages.href("tags/川普/") == "tags/%E5%B7%9D%E6%99%AE/")
    }

    @Test func authorAndTagPagesListTheirArticlesAndArticlesLinkToThem() throws {
        let files = try SiteBuildTests.buildRealSite().files
        func page(_ path: String) -> String? {
            files.first { $0.relativePath == path }.map { String(decoding: $0.contents, as: UTF8.self) }
        }
        let author = try #require(page("authors/李明峻/index.html"))
        #expect(author.contains("href=\"../../articles/000-5b3bdedfcf3bd529/\""))
        #expect(author.contains("href=\"../../articles/001-028ffaec0f3ec37e/\""))
        let tag = try #require(page("tags/川普/index.html"))
        #expect(tag.contains("川普2.0上任後對東北亞安保情勢的影響"))
        let article = try #require(page("articles/000-5b3bdedfcf3bd529/index.html"))
        #expect(article.contains("href=\"../../tags/%E5%B7%9D%E6%99%AE/\">#川普</a>"))
        #expect(article.contains("<a class=\"author\" href=\"../../authors/%E6%9D%8E%E6%98%8E%E5%B3%BB/\">李明峻</a>"))
        #expect(page("index.html")?.contains("href=\"sources/%E9%81%A0%E6%99%AF%E8%AB%96%E5%A3%87/\"") == true)
    }

    @Test func aNameGivenTwiceInOneArticleListsItOnce() {
        func document(_ slug: String, tags: [String]) -> MarkdownDocument {
            var metadata = ArticleMetadata(title: slug, slug: slug, script: .traditional)
            metadata.tags = tags
            return MarkdownDocument(metadata: metadata, body: "", sourcePath: slug)
        }
        let terms = TaxonomyPages.tags([document("a", tags: ["川普", "關稅", "川普"]), document("b", tags: ["川普", ""])])
        #expect(terms.map(\.name) == ["川普", "關稅"])
        #expect(terms.map { $0.documents.map(\.metadata.slug) } == [["a", "b"], ["a"]])
    }
}
