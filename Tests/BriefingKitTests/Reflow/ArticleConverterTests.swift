import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Rules of the converter on small documents laid out like the extractions: 30 characters a full
/// line, indented first lines two characters narrower, a leading space at each new page.
struct ArticleConverterTests {
    /// A line of `count` characters: the text, padded with a filler character.
    static func line(_ text: String, _ count: Int = 30, end: String = "") -> String {
        text + String(repeating: "文", count: max(0, count - text.count - end.count)) + end
    }

    static let front = ["遠景論壇", " ", "測試圖片說明。（圖片來源：https://example.org/photo/1）", " ", "測試文章的標題", " ", "王小明", "測試大學研究員", " "]

    func paragraphs(_ article: Article) -> [String] {
        article.blocks.filter { $0.kind == .paragraph }.map(\.plainText)
    }

    @Test func readsMastheadCaptionCreditTitleAuthorAndAffiliation() {
        let seed = TestSupport.rawSeed(Self.front + [Self.line("首段", 28), Self.line("續行"), Self.line("續行"), "結束。"])
        let metadata = TestSupport.convert(seed).article.metadata
        #expect(metadata.source.publication == "遠景論壇")
        #expect(metadata.imageCaption == "測試圖片說明。")
        #expect(metadata.imageCredit == "https://example.org/photo/1")
        #expect(metadata.title == "測試文章的標題")
        #expect(metadata.authors == [Author(name: "王小明", affiliation: "測試大學研究員")])
        #expect(metadata.script == .traditional)
    }

    @Test func shortLineEndingASentenceEndsTheParagraph() {
        let seed = TestSupport.rawSeed(Self.front + [
            Self.line("首段", 28), Self.line("中間"), "首段結束。", Self.line("次段", 28), Self.line("中間"), "次段結束。",
        ])
        let result = paragraphs(TestSupport.convert(seed).article)
        #expect(result.count == 2)
        #expect(result[0] == Self.line("首段", 28) + Self.line("中間") + "首段結束。")
    }

    @Test func fullLineEndingAFullStopContinuesUnlessTheNextLineIsIndented() {
        let seed = TestSupport.rawSeed(Self.front + [
            Self.line("首段", 28), Self.line("句號在行末", end: "。"), Self.line("仍是首段"), Self.line("再一行", end: "。"),
            Self.line("新段縮排", 28), Self.line("中間"), "完。",
        ])
        let result = paragraphs(TestSupport.convert(seed).article)
        #expect(result.count == 2)
        #expect(result[0].hasSuffix(Self.line("再一行", end: "。")))
        #expect(result[1].hasPrefix("新段縮排"))
    }

    @Test func footnoteNumbersRestartingOnEachPageResolveToTheirOwnPage() {
        let seed = TestSupport.rawSeed(Self.front + [
            Self.line("首頁正文有注[1]", 28), Self.line("首頁正文"), Self.line("跨頁的句子"),
            "[1] 第一頁的注釋。",
            " " + Self.line("次頁接續，又有注[1]"), "段落結束。",
            "[1] 第二頁的注釋，", "續寫一行。",
        ])
        let article = TestSupport.convert(seed).article
        #expect(article.footnotes.map(\.text) == ["第一頁的注釋。", "第二頁的注釋，續寫一行。"])
        #expect(article.footnotes.map(\.label) == ["1", "2"])
        let body = paragraphs(article)
        #expect(body.count == 1)
        #expect(body[0].contains(Self.line("跨頁的句子") + "次頁接續"))
        let references = article.blocks[0].inlines.compactMap { inline -> String? in
            if case .footnoteReference(let label, _) = inline { return label } else { return nil }
        }
        #expect(references == ["1", "2"])
    }

    @Test func markerWithoutBodyStaysVisibleAndIsReported() {
        let seed = TestSupport.rawSeed(Self.front + [Self.line("正文[7]", 28), Self.line("中間"), "結束。"])
        let conversion = TestSupport.convert(seed)
        #expect(conversion.article.blocks[0].inlines.contains(.unresolvedMarker("[7]")))
        #expect(conversion.diagnostics.map(\.description).contains(
            "seeds/fixture.txt:19: reflow: warning: footnote marker [7] has no note body; kept as plain text"))
    }

    @Test func dropsPageNumbersAndRunningHeaders() {
        let seed = TestSupport.rawSeed(Self.front + [
            Self.line("首段", 28), Self.line("中間"), "-26-", "測試文章的標題", Self.line("跨頁"), "結束。",
        ])
        let conversion = TestSupport.convert(seed)
        #expect(paragraphs(conversion.article) == [Self.line("首段", 28) + Self.line("中間") + Self.line("跨頁") + "結束。"])
        #expect(conversion.dropped.map(\.reason).contains(.pageNumber))
        #expect(conversion.dropped.map(\.reason).contains(.runningHeader))
    }

    @Test func numberedHeadingWrappedOverTwoLinesIsOneHeading() {
        let seed = TestSupport.rawSeed(Self.front + [
            "一、很長的標題文字在這裡換行到下一行繼續寫", "完畢", Self.line("正文", 28), Self.line("中間"), Self.line("中間"),
            Self.line("中間"), "結束。",
        ])
        let blocks = TestSupport.convert(seed).article.blocks
        #expect(blocks.first?.kind == .heading(level: 2))
        #expect(blocks.first?.plainText == "一、很長的標題文字在這裡換行到下一行繼續寫完畢")
    }

    @Test func closingMatterBecomesTagsAndDropsTheRepeatedBlurb() {
        let opening = [Self.line("開篇段落的文字", 28), Self.line("中間"), "開篇結束。"]
        let filler = (0..<6).map { _ in Self.line("填充") } + ["填充結束。"]
        let seed = TestSupport.rawSeed(Self.front + opening + [Self.line("另一段", 28)] + filler + [
            " ", "編按：本文僅代表作者個人觀點，不代表測試基金會之政策與立場。", " ",
            "由測試大學研究員 #王小明 所撰寫：", "【測試文章的標題】",
        ] + opening + ["#測試 #標籤"])
        let conversion = TestSupport.convert(seed)
        let article = conversion.article
        #expect(article.metadata.tags == ["測試", "標籤"])
        #expect(article.blocks.last?.kind == .editorNote)
        #expect(article.metadata.source.publisher == "測試基金會")
        #expect(paragraphs(article).filter { $0.hasPrefix("開篇段落") }.count == 1)
        #expect(conversion.dropped.filter { $0.reason == .duplicateBlurb }.count == 4)
    }
}
