import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct MarkdownRendererTests {
    @Test func rendersFootnotesWithLinks() {
        let html = MarkdownRenderer.html("正文[^1]。\n\n[^1]: 注釋。\n")
        #expect(html.contains("href=\"#fn-1\""))
        #expect(html.contains("<li id=\"fn-1\">"))
    }

    @Test func dropsRawHTMLAndUnsafeLinks() {
        let html = MarkdownRenderer.html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<img"))
    }

    @Test func remoteImagesBecomeLinksSoNoPageLoadsAnotherHost() {
        let html = MarkdownRenderer.html("![地圖](https://evil.example/x.png) ![本地](../assets/map.png)\n")
        #expect(html.contains("<a href=\"https://evil.example/x.png\">地圖</a>"))
        #expect(html.contains("<img src=\"../assets/map.png\" alt=\"本地\" />"))
    }

    @Test func autolinksAndTablesAreOn() {
        #expect(MarkdownRenderer.html("<https://example.org/>\n").contains("<a href=\"https://example.org/\">"))
        #expect(MarkdownRenderer.html("| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<table>"))
    }
}
