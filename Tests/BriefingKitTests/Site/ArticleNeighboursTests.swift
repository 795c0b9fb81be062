import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct ArticleNeighboursTests {
    static func link(_ slug: String) -> ArticleNeighbours.Link {
        ArticleNeighbours.Link(slug: slug, title: slug, convertedTitle: slug, script: .traditional)
    }

    @Test func pairsARunWithTheArticlesAroundIt() {
        let paired = ArticleNeighbours.pair(["b", "c"], before: Self.link("a"), after: Self.link("d"), link: Self.link)
        #expect(paired.map(\.1.previous?.slug) == ["a", "b"])
        #expect(paired.map(\.1.next?.slug) == ["c", "d"])
        let alone = ArticleNeighbours.pair(["x"], before: nil, after: nil, link: Self.link)
        #expect(alone[0].1 == ArticleNeighbours())
    }

    /// The page's key hashes the neighbours through `Encodable`: every field of both links.
    @Test func theKeyChangesWithAnyFieldOfANeighbour() {
        func key(_ neighbours: ArticleNeighbours) -> String { ContentHash.of(encodable: neighbours) }
        let neighbours = ArticleNeighbours(previous: Self.link("a"), next: nil)
        var changed: [ArticleNeighbours] = []
        for change in [{ (link: inout NeighbourLink) in link.title = "新標題" }, { $0.convertedTitle = "新标题" },
                       { $0.slug = "b" }, { $0.script = .simplified }] {
            var copy = neighbours
            change(&copy.previous!)
            changed.append(copy)
        }
        #expect(Set(changed.map(key)).count == changed.count && !changed.map(key).contains(key(neighbours)))
        #expect(key(ArticleNeighbours(previous: nil, next: Self.link("a"))) != key(ArticleNeighbours(previous: Self.link("a"))))
    }

    @Test func articlePagesLinkToTheirNeighboursInArchiveOrder() throws {
        let files = try SiteBuildTests.buildRealSite().files
        func page(_ slug: String) -> String {
            String(decoding: files.first { $0.relativePath == "articles/\(slug)/index.html" }!.contents, as: UTF8.self)
        }
        let middle = page("001-028ffaec0f3ec37e")
        #expect(middle.contains("<nav class=\"article-nav\" aria-label=\"前後文章 · 前后文章\">"))
        #expect(middle.contains("rel=\"prev\" href=\"../../articles/000-5b3bdedfcf3bd529/\""))
        #expect(middle.contains("rel=\"next\" href=\"../../articles/002-1e52bf826db42f76/\""))
        // The Simplified neighbour is titled in its own script and in Traditional.
        #expect(middle.contains("<span class=\"article-nav-title\" lang=\"zh-Hans-CN\">“美国优先”：特朗普第二任期美台安全关系走向刍议</span> "
                                + "<span class=\"article-nav-converted\" lang=\"zh-Hant-TW\">“美國優先”：特朗普第二任期美臺安全關係走向芻議</span>"))
        #expect(!page("000-5b3bdedfcf3bd529").contains("rel=\"prev\""))
        #expect(!page("004-730b5a91600a779f").contains("rel=\"next\""))
    }

    @Test func datedArticlesAreBuiltAndLinkedNewestFirst() throws {
        let seeds = ["a", "b", "c"].enumerated().map { offset, id in
            Seed(id: id, path: "seeds/\(id).md", format: .markdown,
                 text: "---\ntitle: 文章\(id)\ndate: 2025-01-0\(offset + 1)\n---\n\n正文。\n")
        }
        let files = try SiteBuilder.build(seeds: seeds, templates: TemplateSet.read(folder: TestSupport.templatesFolder),
                                          scripts: TestSupport.scripts).files
        let newest = String(decoding: files.first { $0.relativePath == "articles/c/index.html" }!.contents, as: UTF8.self)
        #expect(!newest.contains("rel=\"prev\""))
        #expect(newest.contains("rel=\"next\" href=\"../../articles/b/\""))
        let oldest = String(decoding: files.first { $0.relativePath == "articles/a/index.html" }!.contents, as: UTF8.self)
        #expect(oldest.contains("rel=\"prev\" href=\"../../articles/b/\""))
    }
}
