import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct HeadingRuleTests {
    @Test func recognisesChineseNumberingForms() {
        #expect(HeadingRule.numberedStyle(of: "一、“美国优先”理念之下") == .chineseNumeral)
        #expect(HeadingRule.numberedStyle(of: "（三）经贸合作频频遇阻") == .parenthesisedChinese)
        #expect(HeadingRule.numberedStyle(of: "(二)安全合作") == .parenthesisedChinese)
        #expect(HeadingRule.numberedStyle(of: "1. 背景") == .arabic)
        #expect(HeadingRule.numberedStyle(of: "（2）细节") == .parenthesisedArabic)
    }

    @Test func doesNotTakeDecimalsOrPlainTextForHeadings() {
        #expect(HeadingRule.numberedStyle(of: "2.45%，为 20 年来新高") == nil)
        #expect(HeadingRule.numberedStyle(of: "一是发挥台湾战略价值") == nil)
    }

    @Test func recognisesSpacedClosingHeadings() {
        #expect(HeadingRule.isNamedHeading("结   语"))
        #expect(HeadingRule.isNamedHeading("結語"))
        #expect(!HeadingRule.isNamedHeading("结语如下"))
    }

    @Test func outermostStylePresentBecomesLevelTwo() {
        #expect(HeadingRule.levels(for: [.parenthesisedChinese, .chineseNumeral]) == [.chineseNumeral: 2, .parenthesisedChinese: 3])
        #expect(HeadingRule.levels(for: [.parenthesisedChinese]) == [.parenthesisedChinese: 2])
    }
}
