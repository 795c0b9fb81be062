import Testing
@testable import BriefingKit

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
}
