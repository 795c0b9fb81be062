import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct EntityPagesTests {
    /// Five articles naming 川普 once each, two to a page.
    static func pages() throws -> [String: String] {
        let seeds = (0..<5).map { number in
            Seed(id: "s\(number)", path: "seeds/s\(number).md", format: .markdown,
                 text: "---\ntitle: 文章\(number)\n---\n\n川普\(number == 0 ? "與石破茂" : "")說了話。\n")
        }
        var set = try TemplateSet.read(folder: TestSupport.templatesFolder)
        set.settingsYAML = set.settingsYAML.replacingOccurrences(of: "page_size: 50", with: "page_size: 2")
        let gazetteer = Gazetteer(entities: [
            Entity(id: "donald-trump", kind: .person, english: "Donald Trump", names: [.traditional: "川普", .simplified: "特朗普"]),
            Entity(id: "shigeru-ishiba", kind: .person, english: "Shigeru Ishiba", names: [.traditional: "石破茂", .simplified: "石破茂"]),
        ])
        let files = try SiteBuilder.build(seeds: seeds, templates: set, scripts: TestSupport.scripts, gazetteer: gazetteer).files
        var pages: [String: String] = [:]
        for file in files where file.relativePath.hasPrefix("entities/donald-trump/") {
            pages[file.relativePath] = String(decoding: file.contents, as: UTF8.self)
        }
        return pages
    }

    @Test func theArchiveWideTotalAndTheRelatedEntitiesAreOnTheFirstPageOnly() throws {
        let pages = try Self.pages()
        #expect(Set(pages.keys) == ["entities/donald-trump/index.html", "entities/donald-trump/page/2/index.html",
                                    "entities/donald-trump/page/3/index.html"])
        let first = pages["entities/donald-trump/index.html"]!
        #expect(first.contains("<h2 id=\"mentions-heading\">提及文章（5）</h2>"))
        #expect(first.contains("id=\"related-heading\"") && first.contains("href=\"../shigeru-ishiba/\""))
        for number in [2, 3] {
            let page = pages["entities/donald-trump/page/\(number)/index.html"]!
            #expect(page.contains("<h2 id=\"mentions-heading\">提及文章</h2>"))
            #expect(!page.contains("related-heading") && !page.contains("shigeru-ishiba/"))
        }
    }

    @Test func articlesAreListedInArchiveOrder() throws {
        let first = try #require(try Self.pages()["entities/donald-trump/index.html"])
        let positions = ["s0", "s1"].map { first.range(of: "articles/\($0)/")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil } && positions[0]! < positions[1]!)
    }

    @Test func whatALaterPageShowsIncludesNeitherTheTotalNorTheRelatedEntities() throws {
        let entity = Entity(id: "e", kind: .person, english: "E", names: [.traditional: "甲", .simplified: "甲"])
        let other = Entity(id: "o", kind: .person, english: "O", names: [.traditional: "乙", .simplified: "乙"])
        func use(_ counts: [Int], related: [Entity] = []) -> EntityUsage {
            EntityUsage(entity: entity, articles: counts.enumerated().map { index, count in
                EntityUsage.ArticleUse(title: "t\(index)", slug: "s\(index)", script: .traditional, count: count, contexts: [])
            }, related: related.map { ($0, 1) })
        }
        let pagination = Pagination(items: 4, size: 2)
        func shown(_ use: EntityUsage, number: Int) -> String {
            ContentHash.of(encodable: EntityPages.listing(use, pagination: pagination, number: number))
        }
        // One more mention in the first article, or a new related entity: the first page changes,
        // the second does not.
        for changed in [use([3, 1, 1, 1]), use([2, 1, 1, 1], related: [other])] {
            #expect(shown(changed, number: 1) != shown(use([2, 1, 1, 1]), number: 1))
            #expect(shown(changed, number: 2) == shown(use([2, 1, 1, 1]), number: 2))
        }
    }
}
