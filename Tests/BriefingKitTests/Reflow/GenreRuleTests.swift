import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// The layout and label rules added for documents beyond the seeds (issue #20).
struct GenreRuleTests {
    @Test func recognisesLegalAndDecimalHeadingNumbering() {
        #expect(HeadingRule.numberedStyle(of: "第一章 總則") == .chapter)
        #expect(HeadingRule.numberedStyle(of: "第二節") == .section)
        #expect(HeadingRule.numberedStyle(of: "第3條") == .article)
        #expect(HeadingRule.numberedStyle(of: "第3條 本法所稱…") == nil, "an article that runs into its text is not a heading")
        #expect(HeadingRule.numberedStyle(of: "壹、前言") == .formalNumeral)
        #expect(HeadingRule.numberedStyle(of: "1 引言") == .decimalTop)
        #expect(HeadingRule.numberedStyle(of: "2.1 数据集") == .decimalSecond)
        #expect(HeadingRule.numberedStyle(of: "4.4.1 结果") == .decimalThird)
        #expect(HeadingRule.numberedStyle(of: "5 位；地方一般公共预算收入") == nil, "a count, not a section")
        #expect(HeadingRule.numberedStyle(of: "2026 年工作回顾") == nil, "a year, not a section")
        let levels = HeadingRule.levels(for: [.chapter, .section])
        #expect(levels[.chapter] == 2 && levels[.section] == 3)
    }

    @Test func readsBylinesAsJournalsAndGovernmentsPrintThem() {
        #expect(AuthorLine.parse("宋思琦，耿磊，吕奇")?.names == ["宋思琦", "耿磊", "吕奇"])
        #expect(AuthorLine.parse("张阳1")?.names == ["张阳"], "affiliation index dropped")
        #expect(AuthorLine.parse("吴桐　章莘燊　刘宏松")?.names == ["吴桐", "章莘燊", "刘宏松"])
        let office = AuthorLine.parse("福建省人民政府省长　赵龙")
        #expect(office?.names == ["赵龙"] && office?.affiliation == "福建省人民政府省长")
        #expect(AuthorLine.parse("省长") == nil, "an office is not a name")
        #expect(AuthorLine.parse("摘要") == nil)
    }

    @Test func setsProvenanceAndNotesApartFromTheTitle() {
        #expect(FrontLineRule.isProvenance("来源：四川日报"))
        #expect(FrontLineRule.outlet(in: "来源：四川日报") == "四川日报")
        #expect(FrontLineRule.isProvenance("2026 年 02 月 10 日"))
        #expect(FrontLineRule.isProvenance("2026/5/19 19:11"))
        #expect(FrontLineRule.isProvenance("發布時間：2025-08-27 來源：中國政府網"))
        #expect(!FrontLineRule.isProvenance("2026年四川省人民政府工作报告"))
        #expect(FrontLineRule.isBracketedNote("（节选）"))
        #expect(FrontLineRule.isProvenance("武政规〔 2026〕 4 号"))
        #expect(FrontLineRule.isProvenance("川办规〔２０２５〕６ 号"))
        #expect(FrontLineRule.isProvenance("ZJAC01-2025-0005"))
        #expect(FrontLineRule.isRedHead("杭州市人民政府办公厅文件"))
        #expect(!FrontLineRule.isRedHead("关于印发的文件"), "a title about a document, not a head")
        #expect(FrontLineRule.isAddressee("各区人民政府,市人民政府各部门:"))
        #expect(FrontLineRule.opensSubtitle("——2026年1月27日在江西省第十四届人民代表大会第四次会议上"))
    }

    @Test func readsCircledFootnoteMarkersAndPageFooters() {
        #expect(FootnoteMarker.noteStart("①“两重”：是指…")?.number == 1)
        #expect(FootnoteMarker.noteStart("⑫ 注文")?.number == 12)
        #expect(FootnoteMarker.containsCircledDigit("政策资金 ②，获批"))
        #expect(!FootnoteMarker.containsCircledDigit("沒有圈號的文字"))
        for footer in ["— 3 —", "-2-", "· 115 ·", "第3頁", "第 3 页 共 9 页", "3 / 5", "12"] {
            #expect(FurnitureRule.isPageNumber(footer), "\(footer)")
        }
        #expect(!FurnitureRule.isPageNumber("第3條"))
    }

    @Test func circledNotesRestartingOnEachPageResolveInOrder() {
        let seed = TestSupport.rawSeed([
            " 標題文字", "王小明", "  第一段提到甲①與乙②，這是一個很長的句子用來撐滿整行的寬度而已。",
            "①甲的說明。", "②乙的說明。",
            " 第二頁又提到丙①，也是一個很長的句子用來撐滿整行的寬度而已，結束。", "①丙的說明。",
        ])
        let article = TestSupport.convert(seed).article
        #expect(article.footnotes.map(\.text) == ["甲的說明。", "乙的說明。", "丙的說明。"])
    }

    @Test func saysWhenTheTitleIsAGuess() {
        let seed = TestSupport.rawSeed([" 第一行標題", "第二行也像標題", "  正文第一段，這是一個很長的句子用來撐滿整行的寬度，而且它沒有結束還在繼續寫下去。",
                                        "正文第一段的最後一行。"], id: "guess")
        let warnings = TestSupport.convert(seed).diagnostics.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("seeds/guess.txt:1: reflow: warning: review: title chosen without a by-line under it: 「第一行標題」; runner-up 「第二行也像標題」 (line 3)") })
        let anchored = TestSupport.rawSeed([" 標題", "王小明", "  正文，這是一個很長的句子用來撐滿整行的寬度，而且它沒有結束還在繼續寫下去。", "最後一行。"])
        #expect(!TestSupport.convert(anchored).diagnostics.contains { $0.message.hasPrefix("review: title") })
    }

    @Test func readsAnOfficialDocumentsHead() {
        let seed = TestSupport.rawSeed([" 某某市人民政府文件", "某政规〔2026〕4号", "市人民政府关于印发某某市支持", "创新发展若干措施的通知",
                                        "各区人民政府，市人民政府各部门：", "现将《措施》印发给你们，请认真贯彻落实。"])
        let article = TestSupport.convert(seed).article
        #expect(article.metadata.title == "市人民政府关于印发某某市支持创新发展若干措施的通知")
        #expect(article.metadata.source.publication == "某某市人民政府文件")
    }
}
