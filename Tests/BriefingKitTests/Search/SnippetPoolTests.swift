import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SnippetPoolTests {
    @Test func clausesEndAfterPunctuationAndLoseSurroundingWhitespace() {
        #expect(SnippetPool.clauses("美國， 日本。 川普說：好!ok ?  ") == ["美國，", "日本。", "川普說：", "好!", "ok ?"])
        #expect(SnippetPool.clauses("　\u{A0}一\u{3000}，\n") == ["一\u{3000}，"], "Unicode whitespace is trimmed")
        #expect(SnippetPool.clauses("") == [])
        #expect(SnippetPool.clauses("，，") == ["，", "，"])
    }

    @Test func clausesSplitBetweenScalarsEvenInsideACharacter() {
        #expect(SnippetPool.clauses(",\u{301}x") == [",", "\u{301}x"], "the mark after a comma opens the next clause")
        #expect(SnippetPool.clauses("a\r\n;b") == ["a\r\n;", "b"])
        #expect(SnippetPool.clauses("👍🏽！Ａ，") == ["👍🏽！", "Ａ，"])
        #expect(SnippetPool.clauses("x \u{301}") == ["x \u{301}"], "a mark is not whitespace")
    }
}
