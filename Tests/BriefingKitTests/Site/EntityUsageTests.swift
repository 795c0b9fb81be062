import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct EntityUsageTests {
    static let gazetteer = Gazetteer(entities: ["a", "b", "c", "d"].map { id in
        Entity(id: id, kind: .person, english: id.uppercased(), names: [.traditional: id, .simplified: id])
    })

    func article(_ slug: String, _ mentions: [(String, Int)], date: String? = nil) -> (document: MarkdownDocument, mentions: [MentionSummary]) {
        var metadata = ArticleMetadata(title: slug, slug: slug, script: .traditional)
        metadata.date = date
        return (MarkdownDocument(metadata: metadata, body: "", sourcePath: slug),
         mentions.map { MentionSummary(entityID: $0.0, count: $0.1, surface: $0.0, contexts: []) })
    }

    @Test func relatedEntitiesRankBySharedArticlesThenByID() {
        let usage = EntityUsage.collect(gazetteer: Self.gazetteer, mentions: [
            article("one", [("a", 2), ("c", 1), ("b", 1)]),
            article("two", [("a", 1), ("c", 3)]),
            article("three", [("d", 1), ("a", 1), ("b", 1)]),
            article("four", [("b", 5)]),
            article("five", [("not-in-gazetteer", 1), ("a", 1)]),
        ])
        #expect(usage["a"]!.related.map(\.entity.id) == ["b", "c", "d"])
        #expect(usage["a"]!.related.map(\.sharedArticles) == [2, 2, 1])
        #expect(usage["b"]!.related.map(\.entity.id) == ["a", "c", "d"])
        #expect(usage["d"]!.related.map(\.sharedArticles) == [1, 1])
    }

    @Test func articlesAreInArchiveOrderAndAddUpToTheTotal() {
        let usage = EntityUsage.collect(gazetteer: Self.gazetteer, mentions: [
            article("z", [("a", 1)]), article("y", [("a", 3), ("b", 1)]), article("x", [("a", 1), ("b", 1)], date: "2025-03-01"),
            article("w", [("a", 2)], date: "2025-04-01"),
        ])
        // Newest first, undated after the dated in seed order; the mention counts play no part.
        #expect(usage["a"]!.articles.map(\.slug) == ["w", "x", "z", "y"])
        #expect(usage["a"]!.articles.map(\.count) == [2, 1, 1, 3])
        #expect(usage["a"]!.total == 7)
        #expect(usage["a"]!.related.map(\.entity.id) == ["b"] && usage["a"]!.related.map(\.sharedArticles) == [2])
        #expect(usage["c"]!.articles.isEmpty && usage["c"]!.related.isEmpty && usage["c"]!.total == 0)
    }
}
