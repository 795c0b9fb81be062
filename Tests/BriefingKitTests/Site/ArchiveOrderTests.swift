import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct ArchiveOrderTests {
    static func seed(_ id: String, date: String? = nil, markdownDate: String? = nil) -> Seed {
        let text = markdownDate.map { "---\ntitle: \(id)\ndate: \($0)\n---\n\n正文。\n" } ?? "標題\n\n正文。\n"
        return Seed(id: id, path: "seeds/\(id).\(markdownDate == nil ? "txt" : "md")", format: markdownDate == nil ? .rawText : .markdown,
                    text: text, sidecar: date.map { Seed.Sidecar(path: "seeds/\(id).yml", text: "date: \($0)\n") })
    }

    @Test func ordersNewestFirstThenUndatedInSeedOrder() {
        let seeds = [Self.seed("a"), Self.seed("b", date: "2025-01-05"), Self.seed("c"),
                     Self.seed("d", markdownDate: "2025-03-01"), Self.seed("e", date: "2025-01-05")]
        let plan = ArchiveOrder.plan(seeds)
        #expect(plan.indices == [3, 1, 4, 0, 2])
        #expect(plan.dates == [nil, "2025-01-05", nil, "2025-03-01", "2025-01-05"])
    }

    @Test func sidecarDateWinsOverFrontMatterAndBadYAMLSortsAsUndated() {
        #expect(ArchiveOrder.date(of: Self.seed("x", date: "2024-12-31", markdownDate: "2020-01-01")) == "2024-12-31")
        let broken = Seed(id: "y", path: "seeds/y.txt", format: .rawText, text: "x\n",
                          sidecar: Seed.Sidecar(path: "seeds/y.yml", text: "date: [1, 2]\n"))
        #expect(ArchiveOrder.date(of: broken) == nil)
    }

    @Test func homePageUsesTheSameOrder() {
        func document(_ slug: String, _ date: String?) -> MarkdownDocument {
            var metadata = ArticleMetadata(title: slug, slug: slug, script: .traditional)
            metadata.date = date
            return MarkdownDocument(metadata: metadata, body: "", sourcePath: slug)
        }
        let ordered = IndexPage.ordered([document("a", nil), document("b", "2025-01-05"), document("c", "2025-02-01")])
        #expect(ordered.map(\.metadata.slug) == ["c", "b", "a"])
    }
}
