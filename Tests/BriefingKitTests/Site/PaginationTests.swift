import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct PaginationTests {
    @Test func splitsIntoPagesWithTheFirstAtTheListsOwnFolder() {
        let pagination = Pagination(items: 7, size: 3)
        #expect(pagination.count == 3)
        #expect(Array(pagination.slice(Array(1...7), page: 3)) == [7])
        #expect(Pagination(items: 0, size: 3).count == 1)
        #expect(Pagination.folder("tags/川普/", page: 1) == "tags/川普/")
        #expect(Pagination.folder("tags/川普/", page: 2) == "tags/川普/page/2/")
        #expect(Pagination.folder("", page: 4) == "page/4/")
    }

    @Test func linksBetweenPagesAreRelative() {
        #expect(Pagination.href(from: 1, to: 2) == "page/2/")
        #expect(Pagination.href(from: 2, to: 1) == "../../")
        #expect(Pagination.href(from: 2, to: 3) == "../../page/3/")
        #expect(Pagination.href(from: 1, to: 1) == "./")
    }

    @Test func pagerShowsEndsAndAWindowAroundTheCurrentPage() throws {
        #expect(Pagination(items: 3, size: 3).pager(page: 1) == nil)
        let pager = try #require(Pagination(items: 100, size: 10).pager(page: 5))
        let shown = pager.items.map { $0.current.map { "[\($0)]" } ?? $0.link.map { String($0.number) } ?? "…" }
        #expect(shown == ["1", "…", "3", "4", "[5]", "6", "7", "…"])
        #expect(pager.previous?.url == "../../page/4/")
        #expect(pager.next?.url == "../../page/6/")
        #expect(Pagination(items: 100, size: 10).pager(page: 1)?.previous == nil)
        #expect(Pagination(items: 100, size: 10).pager(page: 10)?.next == nil)
        let first = try #require(Pagination(items: 100, size: 10).pager(page: 1))
        #expect(first.items.compactMap { $0.link?.number } == [2, 3, 10] && first.count == 10)
        let last = try #require(Pagination(items: 100, size: 10).pager(page: 10))
        #expect(last.items.map { $0.current.map { "[\($0)]" } ?? $0.link.map { String($0.number) } ?? "…" } == ["1", "…", "8", "9", "[10]"])
    }

    /// Only the first page knows the page count: a list that grows by a page changes the
    /// first page and the pages whose window reaches the new one, no other.
    @Test func aNewLastPageChangesOnlyTheFirstPageAndThoseNearTheEnd() throws {
        let settings = try SiteSettings.parse(String(contentsOfFile: TestSupport.templatesFolder + "/site.yml", encoding: .utf8),
                                              path: "templates/site.yml")
        let before = Pagination(items: 100, size: 10), after = Pagination(items: 101, size: 10)
        let changed = (1...10).filter { number in
            before.pager(page: number) != after.pager(page: number) || before.reach(page: number) != after.reach(page: number)
                || Pagination.title("川普", page: number, settings: settings) != Pagination.title("川普", page: number, settings: settings)
        }
        #expect(changed == [1, 8, 9, 10])
        #expect(Pagination.title("川普", page: 2, settings: settings) == "川普 · 第 2 頁")
        #expect(Pagination.title("川普", page: 1, settings: settings) == "川普")
    }

    @Test func longListsGoOnOverPagesThatLinkToEachOther() throws {
        let seeds = (0..<5).map { number in
            Seed(id: "s\(number)", path: "seeds/s\(number).md", format: .markdown,
                 text: "---\ntitle: 文章\(number)\ntags: [川普]\n---\n\n正文。\n")
        }
        var set = try TemplateSet.read(folder: TestSupport.templatesFolder)
        set.settingsYAML = set.settingsYAML.replacingOccurrences(of: "page_size: 50", with: "page_size: 2")
        let files = try SiteBuilder.build(seeds: seeds, templates: set, scripts: TestSupport.scripts).files
        let paths = Set(files.map(\.relativePath))
        #expect(paths.isSuperset(of: ["index.html", "page/2/index.html", "page/3/index.html",
                                      "tags/川普/index.html", "tags/川普/page/2/index.html", "tags/川普/page/3/index.html"]))
        #expect(!paths.contains("page/4/index.html"))
        let second = String(decoding: files.first { $0.relativePath == "tags/川普/page/2/index.html" }!.contents, as: UTF8.self)
        #expect(second.contains("<ol class=\"article-list\" start=\"3\">"))
        #expect(second.contains("href=\"../../../../articles/s2/\""))
        #expect(second.contains("<a class=\"pager-step\" rel=\"prev\" href=\"../../\">"))
        #expect(second.contains("<a class=\"pager-step\" rel=\"next\" href=\"../../page/3/\">"))
        #expect(second.contains("<span class=\"pager-current\" aria-current=\"page\">2</span>"))
        // The counts are on the first pages only, so a new article leaves the later ones as they were.
        #expect(!second.contains("class=\"count\""))
        #expect(String(decoding: files.first { $0.relativePath == "tags/川普/index.html" }!.contents, as: UTF8.self)
            .contains("<p class=\"count\">5 "))
        let home = String(decoding: files.first { $0.relativePath == "index.html" }!.contents, as: UTF8.self)
        #expect(home.contains("<a href=\"page/3/\">3</a>"))
        #expect(!String(decoding: files.first { $0.relativePath == "page/2/index.html" }!.contents, as: UTF8.self).contains("class=\"terms\""))
        let published = try SiteBuilder.build(seeds: seeds, templates: set, scripts: TestSupport.scripts, baseURL: "https://example.org/a/").files
        let sitemap = String(decoding: published.first { $0.relativePath == "sitemap.xml" }!.contents, as: UTF8.self)
        #expect(sitemap.contains("<loc>https://example.org/a/page/3/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/a/tags/%E5%B7%9D%E6%99%AE/page/2/</loc>"))
    }
}
