import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct AlignedBodyTests {
    @Test func pairsEveryBlockWithItsCounterpartAndKeepsFootnoteIdsApart() {
        let body = AlignedBody(traditional: "## 標題\n\n臺灣[^1]。\n\n[^1]: 注釋。\n", simplified: "## 标题\n\n台湾[^1]。\n\n[^1]: 注释。\n")
        #expect(body.rows.map(\.kind) == [.heading, .paragraph, .footnote])
        #expect(body.rows[1].traditional.contains("href=\"#hant-fn-1\""))
        #expect(body.rows[1].simplified.contains("href=\"#hans-fn-1\""))
        #expect(body.rows[2].traditional.hasPrefix("<ol class=\"footnote\" start=\"1\"><li id=\"hant-fn-1\">"))
        #expect(body.rows[2].simplified.contains("<li id=\"hans-fn-1\">"))
    }

    @Test func everySeedHasAsManyRowsAsBlocksInBothColumns() throws {
        for seed in try TestSupport.realSeeds() {
            let document = try DocumentLoader.load(seed, scripts: TestSupport.scripts).document
            let bilingual = BilingualDocument(document, scripts: TestSupport.scripts)
            let body = AlignedBody(traditional: bilingual.bodies[.traditional]!, simplified: bilingual.bodies[.simplified]!)
            #expect(body.rows.count == MarkdownRenderer.blocks(document.body).blocks.count)
            #expect(body.rows.allSatisfy { !$0.traditional.isEmpty && !$0.simplified.isEmpty }, "\(seed.id)")
        }
    }
}
