import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct MarkdownEscaperTests {
    @Test func markupInSeedTextStaysText() {
        #expect(MarkdownEscaper.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
        #expect(MarkdownEscaper.escape("[點我](javascript:alert(1))") == "\\[點我\\](javascript:alert(1))")
        #expect(MarkdownEscaper.escape("星號*強調*與_底線_") == "星號\\*強調\\*與\\_底線\\_")
    }

    @Test func blockSyntaxAtLineStartIsEscaped() {
        #expect(MarkdownEscaper.escape("# 不是標題") == "\\# 不是標題")
        #expect(MarkdownEscaper.escape("1. 不是清單") == "1\\. 不是清單")
        #expect(MarkdownEscaper.escape("- 不是清單", atLineStart: false) == "- 不是清單")
    }

    @Test func urlsBecomeAutolinksAndStopAtChineseText() {
        #expect(MarkdownEscaper.escape("見https://www.usip.org/a_b。") == "見<https://www.usip.org/a_b>。")
        #expect(MarkdownEscaper.escape("2025, https://www.bbc.com/news/c17d41y70deo.") == "2025, <https://www.bbc.com/news/c17d41y70deo>.")
    }

    @Test func entityLikeAmpersandIsEscapedButPlainAmpersandIsNot() {
        #expect(MarkdownEscaper.escape("24&ZD289") == "24&ZD289")
        #expect(MarkdownEscaper.escape("a &amp; b") == "a \\&amp; b")
    }

    @Test func escapesPunctuationEvenWhenAMarkFollowsIt() {
        #expect(MarkdownEscaper.escape("*\u{301}強調_\u{301}") == "\\*\u{301}強調\\_\u{301}")
        #expect(MarkdownEscaper.escape("a\r\n<b>\r\n") == "a\r\n\\<b\\>\r\n")
        #expect(MarkdownEscaper.escape("＊全形＿［］不是語法👍🏽!") == "＊全形＿［］不是語法👍🏽\\!")
        #expect(MarkdownEscaper.escape("#\u{301} 不是井號", atLineStart: true) == "#\u{301} 不是井號")
    }

    @Test func entitiesAreAtMostTwelveASCIICharactersBeforeTheSemicolon() {
        #expect(MarkdownEscaper.escape("&abcdefghijk;") == "\\&abcdefghijk;")
        #expect(MarkdownEscaper.escape("&abcdefghijkl;") == "&abcdefghijkl;")
        #expect(MarkdownEscaper.escape("&#x4E2D;") == "\\&#x4E2D;")
        #expect(MarkdownEscaper.escape("&中文;") == "&中文;")
        #expect(MarkdownEscaper.escape("&é;") == "&é;")
        #expect(MarkdownEscaper.escape("&;") == "&;")
    }

    @Test func urlsStartAfterNonLetterScalarsAndEndAtTheFirstOtherScalar() {
        #expect(MarkdownEscaper.escape("éhttps://a.org/x") == "é<https://a.org/x>")
        #expect(MarkdownEscaper.escape("ahttps://a.org/x") == "ahttps://a.org/x")
        #expect(MarkdownEscaper.escape("見http://a.org/x\u{301}y") == "見<http://a.org/x>\u{301}y")
        #expect(MarkdownEscaper.escape("(https://a.org/(x))。") == "(<https://a.org/(x))>。")
        #expect(MarkdownEscaper.escape("https://a.org/👍🏽") == "<https://a.org/>👍🏽")
        #expect(MarkdownEscaper.escape("http://a\r\nb") == "http://a\r\nb", "eight bytes are too short")
        #expect(MarkdownEscaper.escape("") == "")
    }
}
