import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

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

    @Test func comparableTextDropsSpacesAndShortNoteMarkersOnly() {
        #expect(FurnitureRule.comparable("美日 同盟[12]的 未來") == "美日同盟的未來")
        #expect(FurnitureRule.comparable("川普[ 3 ]說") == "川普說", "spaces go before markers are looked for")
        #expect(FurnitureRule.comparable("[1234]與[a]及[]") == "[1234]與[a]及[]", "four digits, letters or none are not a marker")
        #expect(FurnitureRule.comparable("結尾[7") == "結尾[7")
        #expect(FurnitureRule.comparable("é\u{301}　全形空白") == "é\u{301}　全形空白", "only U+0020 is a space here")
        #expect(FurnitureRule.comparable("") == "")
    }
}
