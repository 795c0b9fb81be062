import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Cases a review of the genre rules found misfiring (issue #20).
struct ReviewRegressionTests {
    @Test func oneRepeatedCharacterAtATitleBreakIsChinese() {
        #expect(OverprintRule.withoutRepeats(["中华人民共和国", "国家安全法"]) == ["中华人民共和国", "国家安全法"])
        let seed = TestSupport.rawSeed([" 中华人民共和国", "国家安全法", "（2015年7月1日第十二届全国人民代表大会常务委员会第十五次会议通过）",
                                        "第一条 为了维护国家安全，保卫人民民主专政的政权，根据宪法，制定本法。"])
        #expect(TestSupport.convert(seed).article.metadata.title == "中华人民共和国国家安全法")
    }

    @Test func numberedListItemsAndFullWidthPointsAreNotRunIn() {
        #expect(!BodyAssembler.hasRunInHead("1．研究方法"))
        #expect(BodyAssembler.hasRunInHead("1．研究方法。本文采用"))
        let seed = TestSupport.rawSeed([" 某某措施", "  正文第一段写得很长很长，用来撑满一整行的宽度，然后在这里结束。", "1、加强组织领导", "2、完善工作机制"])
        let texts = TestSupport.convert(seed).article.blocks.map(\.plainText)
        #expect(!texts.contains { $0.hasPrefix("1 、") }, "a list item is not given a section number's space")
    }

    @Test func aSignedLineNeedsItsColon() {
        #expect(SignatureRule.signers(in: "调查委员会成员") == nil)
        #expect(SignatureRule.signers(in: "执笔人：王小明、李四") == ["王小明", "李四"])
        #expect(!SignatureRule.isIssuingBody("第十四届人民代表大会"))
    }

    @Test func bylineNumbersAreAffiliationsOnlyWhenSmall() {
        #expect(AuthorLine.parse("张阳1")?.affiliationNumbers == [1])
        #expect(AuthorLine.parse("张三，")?.names == ["张三"], "a trailing comma")
        #expect(AuthorLine.parse("马 仕钅容1 ，郑 海涛 1,2∗")?.names == ["马仕钅容", "郑海涛"])
    }

    @Test func misreadPunctuationByGBRow() {
        let prose = "各市州县人民政府省政府各部门各直属机构有关单位认真贯彻落实"
        #expect(MisreadPunctuation.repair(prose + "ꎬ部门ꎮ比例ꎨ一ꎩ为５ꎥ").text == prose + "，部门。比例（一）为５％")
        #expect(MisreadPunctuation.repair(prose + "ꆢ各单位ꆣ").text == prose + "、各单位。")
    }

    @Test func labelsThatTakeANumberAreNotCalls() {
        #expect(SuperscriptMarker.inlineRange(of: 2, in: "如图2 所示") == nil)
        #expect(SuperscriptMarker.inlineRange(of: 3, in: "见Table3 中的") == nil)
        #expect(SuperscriptMarker.inlineRange(of: 2, in: "作为种子语料库2 使用") == 7..<8)
    }

    @Test func notesNumberedAfreshOnEachPageAreRead() {
        let seed = TestSupport.rawSeed([
            " 標題文字", "王小明", "  第一段寫得很長很長，用來撐滿一整行的寬度，",
            "1", "亦與當時雜誌所載內容相同 （見報告第13頁）。", "1", "第一頁的註。", "5",
            " 第二頁寫得很長很長，用來撐滿一整行的寬度，", "1", "另見調查報告 ，此處結束。", "1", "第二頁的註。", "6",
        ])
        #expect(TestSupport.convert(seed).article.footnotes.map(\.text) == ["第一頁的註。", "第二頁的註。"])
    }
}

struct GuessedBoundaryTests {
    @Test func saysWhichParagraphBoundariesAreGuesses() {
        let full = "這是一個很長的句子用來撐滿整行的寬度，而且它在這一行的最後結束。"
        let seed = TestSupport.rawSeed([" 標題", "王小明", "  " + full, full, "短的一行。"], id: "guess")
        let warnings = TestSupport.convert(seed).diagnostics.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("seeds/guess.txt:7: reflow: warning: review: 2 paragraph boundaries are guesses: a full line ending a sentence was joined to the next (lines 7, 9)") })
    }
}

struct RefusedBylineTests {
    @Test func saysWhenABylineIsRefusedForItsNames() {
        let seed = TestSupport.rawSeed([" 論文標題", "乜小明 佘大同", "  正文第一段寫得很長很長，用來撐滿一整行的寬度而已，", "最後一行。"], id: "rare")
        let warnings = TestSupport.convert(seed).diagnostics.map(\.description)
        #expect(warnings.contains { $0.contains("review: 「乜小明 佘大同」 reads like a by-line, but 乜小明 opens with no known family name") },
                "乜 is a real but rare family name; the converter says it refused it")
    }
}

struct SeriesAndEssayTests {
    @Test func aReleaseSeriesNameAndADateAreNotTheTitle() {
        #expect(FrontLineRule.isProvenance("中華民國 114 年 3 月 21 日"))
        let seed = TestSupport.rawSeed([" 總統府新聞稿", "發布日期：114 年 01 月 16 日", "總統賦予慶賀團三項任務",
                                        "賴清德總統今（16）日上午接見慶賀團時表示，民主臺灣團結一致、共同為深化臺美關係而努力。"])
        let metadata = TestSupport.convert(seed).article.metadata
        #expect(metadata.title == "總統賦予慶賀團三項任務")
        #expect(metadata.source.publication == "總統府新聞稿")
    }

    @Test func anEssaysPartsAreNumberedByANumeralAlone() {
        #expect(HeadingRule.numberedStyle(of: "二") == .chineseNumeral)
        #expect(HeadingRule.numberedStyle(of: "二十年来") == nil)
    }
}

struct ParentheticalEndTests {
    @Test func aSentenceEndsBeforeItsAttribution() {
        #expect(SentenceEnd.endsSentence("协会发展。[市体育局、市民政局，各区、县（市）政府，市足协]"))
        #expect(SentenceEnd.endsSentence("予以保障。（责任单位：市财政局）"))
        #expect(!SentenceEnd.endsSentence("加强协会（市足协）"))
    }
}

struct JournalLabelTests {
    @Test func recognisesJournalLabelsInBothScripts() {
        #expect(JournalLabelRule.field(of: "中图分类号：D822 文献标识码：A")?.kind == .record)
        #expect(JournalLabelRule.field(of: "【作者简介】王小明，北京大学国际关系学院教授。")?.kind == .biography)
        #expect(JournalLabelRule.field(of: "基金項目：國科會專題研究計畫")?.rest == "國科會專題研究計畫")
        #expect(JournalLabelRule.field(of: "DOI：10.3969/j.issn.1002-8986")?.kind == .record)
        #expect(JournalLabelRule.field(of: "通讯作者是谁并不重要。") == nil, "a label needs its colon or brackets")
    }

    @Test func journalLabelsLeaveTheBody() {
        let seed = TestSupport.rawSeed([" 论美国对台政策的演变", "王小明", "摘要：本文讨论美国对台政策的演变。", "关键词：美国；台湾",
                                        "中图分类号：D822 文献标识码：A 文章编号：1002-8986（2025）03-0001-10",
                                        "  正文第一段写得很长很长，用来撑满一整行的宽度，然后在这里结束。",
                                        "收稿日期：2025-01-10", "基金项目：国家社会科学基金项目（21BGJ001）"])
        let article = TestSupport.convert(seed).article
        let text = article.blocks.map(\.plainText).joined()
        #expect(!text.contains("分类号") && !text.contains("收稿") && !text.contains("基金项目"))
        #expect(article.metadata.funding == "国家社会科学基金项目（21BGJ001）")
    }
}

struct StatedDateTests {
    @Test func readsTheDateAFrontLineStates() {
        #expect(FrontLineRule.statedDate(in: "发布时间：2025-08-27 来源：中国政府网") == "2025-08-27")
        #expect(FrontLineRule.statedDate(in: "2026 年 02 月 10 日") == "2026-02-10")
        #expect(FrontLineRule.statedDate(in: "113 年 5 月 20 日") == "2024-05-20")
        #expect(FrontLineRule.statedDate(in: "中華民國 114 年 3 月 21 日") == "2025-03-21")
        #expect(FrontLineRule.statedDate(in: "2026/5/19 19:11") == nil, "a print stamp dates the printing")
        let seed = TestSupport.rawSeed([" 來源：四川日報", "2026 年 02 月 10 日", "2026年四川省人民政府工作报告", "施小琳",
                                        "  各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。"])
        #expect(TestSupport.convert(seed).article.metadata.date == "2026-02-10")
    }
}

struct NewsAndNoteFormTests {
    @Test func wordedNoteCallsAndBodiesAreRead() {
        #expect(NoteCallRule.normalized("此為監控紀錄（註 12），詳見附件。") == "此為監控紀錄[12]，詳見附件。")
        #expect(NoteCallRule.normalized("註 12：國安局檔案。") == "[12] 國安局檔案。")
        #expect(NoteCallRule.normalized("注意事项如下。") == "注意事项如下。")
        let seed = TestSupport.rawSeed([" 調查報告", "王小明", "  本案監控紀錄顯示林宅遭監聽（註 1），其後銷毀（註 2）。", "註釋：",
                                        "註 1：國安局檔案。", "註 2：促轉會報告。"])
        #expect(TestSupport.convert(seed).article.footnotes.map(\.text) == ["國安局檔案。", "促轉會報告。"])
    }

    @Test func newsBylinesDatelinesAndJointIssuers() {
        #expect(FrontLineRule.isProvenance("2018年6月"))
        #expect(FrontLineRule.isProvenance("華盛頓 —"))
        #expect(AuthorLine.parse("眾新聞記者 王小明 2020年1月9日")?.names == ["王小明"])
        #expect(AuthorLine.parse("中共中央　国务院")?.names == ["中共中央", "国务院"])
    }
}

struct TitleOverGapTests {
    @Test func aTitlesFirstLineOverAGapIsNoMasthead() {
        #expect(ArticleConverter.namesAnOutlet("遠景論壇"))
        #expect(ArticleConverter.namesAnOutlet("中華民國總統府"))
        #expect(!ArticleConverter.namesAnOutlet("變局中"))
        let seed = TestSupport.rawSeed([" 變局中", "", "奮起的新臺灣", "中華民國總統", "114 年 10 月 10 日", "賴清德",
                                        "  大會主席、各位貴賓、現場所有的嘉賓，全體國人同胞，大家好：今天是國慶日，我們在這裡相聚。"])
        let metadata = TestSupport.convert(seed).article.metadata
        #expect(metadata.title == "變局中奮起的新臺灣")
        #expect(metadata.authors.map(\.name) == ["賴清德"])
    }
}
