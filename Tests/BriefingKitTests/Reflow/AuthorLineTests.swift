import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct AuthorLineTests {
    @Test func mergesSpacedOutTwoCharacterName() {
        let parsed = AuthorLine.parse("信  强  刁国轩 *")
        #expect(parsed?.names == ["信强", "刁国轩"])
        #expect(parsed?.markers == ["*"])
    }

    @Test func splitsNamesOnRunsOfSpaces() {
        #expect(AuthorLine.parse("吴玥瑾    凌胜利")?.names == ["吴玥瑾", "凌胜利"])
    }

    @Test func acceptsTransliteratedNameWithMiddleDot() {
        #expect(AuthorLine.parse("马尔科·鲁比奥")?.names == ["马尔科·鲁比奥"])
    }

    @Test func rejectsTextThatIsNotANameList() {
        #expect(AuthorLine.parse("新台灣國策智庫研發長") == nil)
        #expect(AuthorLine.parse("川普 2.0 上任後") == nil)
        #expect(AuthorLine.parse("结  语") == nil)
    }
}
