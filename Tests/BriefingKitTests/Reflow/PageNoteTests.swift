import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Footnotes numbered with plain digits at each page's foot, and other page-level rules (issue #20).
struct PageNoteTests {
    @Test func findsWhereASuperscriptStood() {
        #expect(SuperscriptMarker.gapOffset(in: "同 （見本案報告調查事實二㈥，第13頁）。") == 1)
        #expect(SuperscriptMarker.gapOffset(in: "3、綜據相關人員證述及警方勘驗資料 ，4位被害人") == 17)
        #expect(SuperscriptMarker.gapOffset(in: "當時 69年3月號") == nil, "a space before digits is the extraction's spacing")
        #expect(SuperscriptMarker.inlineRange(of: 0, in: "作为Seq2Edit-based模型0 。GECToR是") == 18..<19)
        #expect(SuperscriptMarker.inlineRange(of: 1, in: "开源的社区问答语料库1 作为种子语料库") == 10..<11)
        #expect(SuperscriptMarker.inlineRange(of: 5, in: "取得了45.81 F0.5 分数") == nil)
        #expect(SuperscriptMarker.inlineRange(of: 3, in: "共 3 项") == nil)
    }

    /// A word processor's layout: the call's number on a line of its own above its line, the
    /// notes at the foot under their numbers, a note's number lost by the extraction.
    @Test func readsWordProcessorFootnotes() {
        let seed = TestSupport.rawSeed([
            " 標題文字", "王小明",
            "  第一段文字寫得很長很長，用來撐滿一整行的寬度，",
            "1",
            "亦與當時雜誌所載內容相同 （見報告第13頁）。",
            "第二段文字也寫得很長很長，用來撐滿一整行的寬度，",
            "2",
            "警方勘驗資料 ，顯示兇手對結構相當瞭解。",
            "3",
            "另見調查報告 。",
            "1",
            "林 濁 水 先 生 以 筆 名 撰 寫 ， 見 雜 誌 第 6-11頁 。",
            "摘自撥雲專案小組現場勘查紀錄。",
            "3",
            "調查報告第2卷。",
            "5",
        ])
        let article = TestSupport.convert(seed).article
        #expect(article.footnotes.map(\.text) == ["林濁水先生以筆名撰寫，見雜誌第6-11頁。", "摘自撥雲專案小組現場勘查紀錄。", "調查報告第2卷。"])
        let calls = article.blocks.flatMap(\.inlines).compactMap { inline -> String? in
            if case .footnoteReference(let label, _) = inline { return label } else { return nil }
        }
        #expect(calls == ["1", "2", "3"])
        #expect(article.blocks.map(\.plainText).joined().contains("相同1（見報告") , "the call stands where the gap was")
    }

    @Test func aBylineNumberingItsAffiliationsIsNotAPageOfNotes() {
        let seed = TestSupport.rawSeed([
            " 中文標題", "王小明", "  正文第一段寫得很長很長，用來撐滿一整行的寬度而已。",
            "Xiaoming Wang1 ,Li Zhang2 ,Wei Chen3", "1", "School of Computer Science", "2", "Department of Physics", "3", "School of Law",
        ])
        let article = TestSupport.convert(seed).article
        #expect(article.footnotes.isEmpty)
    }

    @Test func referenceEntriesByAuthorAndYearAreParagraphs() {
        let seed = TestSupport.rawSeed([
            " 中文標題", "王小明", "  正文第一段寫得很長很長，用來撐滿一整行的寬度而已。", "参考文献",
            "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2018. Bert: Pre-training of deep",
            "bidirectional transformers for language understanding. arXiv preprint arXiv:1810.04805.",
            "Alan C Elliott and Wayne A Woodward. 2007. Statistical analysis quick reference guidebook: With SPSS",
            "examples. Sage.",
        ])
        let blocks = TestSupport.convert(seed).article.blocks.map(\.plainText)
        #expect(blocks.suffix(3) == ["参考文献",
                                     "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2018. Bert: Pre-training of deep bidirectional transformers for language understanding. arXiv preprint arXiv:1810.04805.",
                                     "Alan C Elliott and Wayne A Woodward. 2007. Statistical analysis quick reference guidebook: With SPSS examples. Sage."])
    }

    /// After a full line ending in a stop, an entry goes on unless the next line opens with
    /// authors (and a year), as the next entry does.
    @Test func aReferenceEntryGoesOnAfterAFullLineEndingInAStop() {
        let seed = TestSupport.rawSeed([
            " 中文標題", "王小明", "  正文第一段寫得很長很長，用來撐滿一整行的寬度而已。", "参考文献",
            "Rie Johnson and Tong Zhang. 2017. Deep pyramid convolutional neural networks for text categorization.",
            "In Proceedings of the 55th Annual Meeting of the Association for Computational Linguistics (Volume",
            "1: Long Papers), pages 562–570.",
            "Armand Joulin, Edouard Grave, Piotr Bojanowski, and Tomas Mikolov. 2016. Bag of tricks for efficient",
            "text classification. arXiv preprint arXiv:1607.01759 and other words to fill this line up to the end.",
            "Yu Sun, Shuohuan Wang, Yukun Li, Shikun Feng, Xuyi Chen, Han Zhang, Xin Tian, Danxiang Zhu, Hao Tian,",
            "and Hua Wu. 2019. Ernie: Enhanced representation through knowledge integration.",
        ])
        let blocks = TestSupport.convert(seed).article.blocks.map(\.plainText)
        #expect(blocks.suffix(4) == ["参考文献",
                                     "Rie Johnson and Tong Zhang. 2017. Deep pyramid convolutional neural networks for text categorization. In Proceedings of the 55th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers), pages 562–570.",
                                     "Armand Joulin, Edouard Grave, Piotr Bojanowski, and Tomas Mikolov. 2016. Bag of tricks for efficient text classification. arXiv preprint arXiv:1607.01759 and other words to fill this line up to the end.",
                                     "Yu Sun, Shuohuan Wang, Yukun Li, Shikun Feng, Xuyi Chen, Han Zhang, Xin Tian, Danxiang Zhu, Hao Tian, and Hua Wu. 2019. Ernie: Enhanced representation through knowledge integration."])
        #expect(BodyAssembler.opensReferenceEntry("Ge T , Wei F , Zhou M . Fluency Boost Learning"))
        #expect(BodyAssembler.opensReferenceEntry("张宝林. 2013. 关于通用型汉语中介语语料库"))
        #expect(!BodyAssembler.opensReferenceEntry("Diabetes care, 38(7):1372–1382."))
    }

    @Test func aLineAtTheFootOfEveryPageIsFurniture() {
        let footer = "第二十一届中国计算语言学大会论文集，第395页-第405页，南昌，中国。"
        var lines = [" 中文標題", "王小明"]
        for page in 1...4 {
            lines += ["\(page == 1 ? "  " : " ")第\(page)頁的正文寫得很長很長，用來撐滿一整行的寬度而已，", "然後在這一行結束。", footer]
        }
        let text = TestSupport.convert(TestSupport.rawSeed(lines)).article.blocks.map(\.plainText).joined()
        #expect(!text.contains("论文集"))
    }
}

/// Section numbers LaTeX sets apart from their heads (issue #20).
struct SplitSectionNumberTests {
    private func headings(_ lines: [String]) -> [String] {
        TestSupport.convert(TestSupport.rawSeed(lines)).article.blocks.compactMap { block in
            if case .heading = block.kind { return block.plainText } else { return nil }
        }
    }

    @Test func putsNumbersBackInFrontOfTheirHeads() {
        let body = "这是正文的一句话，写得足够长来撑满一整行的宽度，然后在下一行结束"
        let end = "然后结束。"
        let found = headings([" 中文标题", "王小明", "1", "引言", body, end, "系统", "3", body, end, "3.1", "Seq2Edit-based模", "模型", body, end,
                              "训练数据集", "4", "4.1", "合成数据集的构建", body, end, "4.2单目标训练集", body, end])
        #expect(found == ["1 引言", "3 系统", "3.1 Seq2Edit-based模型", "4 训练数据集", "4.1 合成数据集的构建", "4.2 单目标训练集"])
    }

    @Test func pageNumbersAndURLsAreNotSectionNumbers() {
        let body = "这是正文的一句话，写得足够长来撑满一整行的宽度，然后结束。"
        let found = headings([" 中文标题", "王小明", body, "7", "http://www.39.net/", body, "12", "短句", body])
        #expect(found.isEmpty)
    }
}

/// Notes whose numbers the extraction glues to their text, with calls glued to the words (issue #20).
struct GluedNoteTests {
    @Test func readsNotesWithGluedNumbers() {
        let seed = TestSupport.rawSeed([
            " 政府工作报告", "王小明",
            "  火灾呈现“一降三减”1良好态势。2025 年四大主导产业2占 GDP 比重较 2020 年提高约 14 个百分点，",
            "这是一个很长的句子用来撑满整行的宽度而已，然后结束。",
            "1一降三减：全年火灾起数总体下降。", "2四大主导产业：旅游业、现代服务业。", "3/5",
        ])
        let article = TestSupport.convert(seed).article
        #expect(article.footnotes.map(\.text) == ["一降三减：全年火灾起数总体下降。", "四大主导产业：旅游业、现代服务业。"])
        #expect(article.blocks.map(\.plainText).joined().contains("“一降三减”1良好"))
    }

    @Test func aLineOpeningWithADateIsNoNote() {
        #expect(SuperscriptMarker.inlineRange(of: 2, in: "69年2月28日", gluedToText: true) == nil)
        let seed = TestSupport.rawSeed([" 標題", "王小明", "  第一段寫得很長很長，用來撐滿一整行的寬度，在第1卷中",
                                        "2月17日促轉會公布調查報告，指出血案前後林宅遭到高度監控。"])
        #expect(TestSupport.convert(seed).article.footnotes.isEmpty)
    }
}

struct StackedNoteNumberTests {
    @Test func numbersPrintedOneUnderAnotherShareTheLinesBelow() {
        let seed = TestSupport.rawSeed([
            " 標題文字", "王小明",
            "  第一段寫得很長很長，用來撐滿一整行的寬度，然後繼續寫下去",
            "1", "帶。」 ；高檢署於98年重啟調查，指示臺北地檢署",
            "2", "電監及人員監控資料，亦無所獲 。顯示當年警總",
            "1", "2",
            "軍 管 局 司 令部 及 海岸 巡防 司 令 部 86年 6月 12日 慮剛 字 第 2649號 函 。",
            "高 檢 署 《 林宅 血 案 》， 第 12頁。",
            "37",
        ])
        #expect(TestSupport.convert(seed).article.footnotes.map(\.text) == ["軍管局司令部及海岸巡防司令部86年6月12日慮剛字第2649號函。", "高檢署《林宅血案》，第12頁。"])
    }
}
