import Testing
@testable import BriefingKit

struct FurnitureRuleTests {
    @Test func recognisesPageNumbers() {
        #expect(FurnitureRule.isPageNumber("-25-"))
        #expect(FurnitureRule.isPageNumber("- 41 -"))
        #expect(FurnitureRule.isPageNumber("第 3 页"))
        #expect(!FurnitureRule.isPageNumber("2025年"))
    }

    @Test func readsIssueLine() {
        #expect(FurnitureRule.issue(in: "2025年第3期") == "2025年第3期")
        #expect(FurnitureRule.issue(in: "2025 年 第 3 期") == "2025年第3期")
        #expect(FurnitureRule.issue(in: "2025年第3期的文章") == nil)
    }

    @Test func readsHashtagLines() {
        #expect(FurnitureRule.hashtags(in: "#遠景論壇 #美國 #川普") == ["遠景論壇", "美國", "川普"])
        #expect(FurnitureRule.hashtags(in: "由研發長 #李明峻 所撰寫") == nil)
    }
}
