import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct CandidateFinderTests {
    func document(_ body: String, path: String = "seeds/new.txt") -> MarkdownDocument {
        MarkdownDocument(metadata: ArticleMetadata(title: "t", slug: "t", script: .traditional), body: body, sourcePath: path)
    }

    @Test func glossedNamesBecomeCandidatesMergedAcrossScriptsByTheirGloss() {
        let finder = CandidateFinder(gazetteer: EntityMatcherTests.gazetteer, fold: TestSupport.scripts.fold)
        let candidates = finder.candidates(in: [
            document("新任國防部長赫塞斯（Pete Hegseth）訪日，並與「四方安全對話」（Quad）夥伴會談。"),
            document("国防部长皮特·赫格塞思（Pete Hegseth）表示，马里奥·迪亚斯-巴拉特（Mario Díaz-Balart）连任。", path: "seeds/b.txt"),
        ])
        #expect(candidates.map(\.english) == ["Mario Díaz-Balart", "Pete Hegseth"])
        #expect(candidates[1].forms == ["赫塞斯", "皮特·赫格塞思"])
        #expect(candidates[1].sources == ["seeds/new.txt", "seeds/b.txt"])
        #expect(candidates[0].forms == ["马里奥·迪亚斯-巴拉特"])
    }

    @Test func suggestionsAreGazetteerEntriesThatParse() throws {
        let candidates = CandidateFinder(gazetteer: .empty, fold: TestSupport.scripts.fold)
            .candidates(in: [document("國務卿盧比歐（Marco Rubio）與国务卿鲁比奥（Marco Rubio）。")])
        let yaml = CandidateFinder.yaml(for: candidates, scripts: TestSupport.scripts)
        let rubio = try #require(try Gazetteer.parse(yaml, path: "suggested").entity("marco-rubio"))
        #expect(rubio.names == [.traditional: "盧比歐", .simplified: "鲁比奥"])
        #expect(rubio.kind == .person)
    }
}
