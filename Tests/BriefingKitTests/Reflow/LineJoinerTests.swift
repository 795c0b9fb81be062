import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct LineJoinerTests {
    @Test func joinsChineseLinesWithoutSpace() {
        #expect(LineJoiner.join(["大幅重塑美國政", "府政策。"]) == "大幅重塑美國政府政策。")
    }

    @Test func joinsLatinWordsWithOneSpace() {
        #expect(LineJoiner.join(["更名為「美國灣」（Gulf of", "America）；甚至"]) == "更名為「美國灣」（Gulf of America）；甚至")
    }

    @Test func continuesURLBrokenAcrossLines() {
        let joined = LineJoiner.join(["2025, https://www.state.gov/secretary-rubios-call-", "with-philippine-secretary/."])
        #expect(joined == "2025, https://www.state.gov/secretary-rubios-call-with-philippine-secretary/.")
        #expect(LineJoiner.join(["https://www.", "defense.gov/News/"]) == "https://www.defense.gov/News/")
    }

    @Test func keepsHyphenOfCompoundWrappedAtLineEnd() {
        #expect(LineJoiner.join(["transactional dynamics and issue-", "linkage tactics."]) == "transactional dynamics and issue-linkage tactics.")
    }

    @Test func removesExtractionSpacesAroundNumbersInChinese() {
        #expect(LineJoiner.join(["2025 年 1 月 20 日川普（Donald Trump）就任"]) == "2025年1月20日川普（Donald Trump）就任")
        #expect(LineJoiner.join(["马里奥 · 迪亚斯 - 巴拉特（Mario Díaz-Balart）"]) == "马里奥·迪亚斯-巴拉特（Mario Díaz-Balart）")
    }

    @Test func collapsesRepeatedSpacesBetweenLatinWords() {
        #expect(SpaceNormalizer.normalize("The Guardian,  February 25") == "The Guardian, February 25")
    }
}
