import Testing
@testable import BriefingKit

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
