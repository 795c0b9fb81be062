import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Paragraph and head rules read off government notices and measures (issue #20).
struct OfficialLayoutTests {
    private let full = "发挥领导小组作用，构建党委领导、政府统筹、部门分工负责的工作"

    private func blocks(_ lines: [String]) -> [(heading: Bool, text: String)] {
        TestSupport.convert(TestSupport.rawSeed(lines)).article.blocks.map { block in
            if case .heading = block.kind { return (true, block.plainText) }
            return (false, block.plainText)
        }
    }

    @Test func aRunInHeadStaysInItsParagraph() {
        #expect(BodyAssembler.hasRunInHead("一、强化算力服务支撑。 加大普惠算力供给，建设涵盖算力统"))
        #expect(!BodyAssembler.hasRunInHead("一、强化算力服务支撑。"))
        #expect(!BodyAssembler.hasRunInHead("（一）加强组织领导。」"))
    }

    @Test func readsTheBodyOfANotice() {
        let found = blocks([" 市人民政府关于印发若干措施的通知", "各区人民政府，市政府各部门：", "《若干措施》已经市政府同意，现印发给你们，请认真",
                            "组织实施。", "一、完善足球管理体制机制", "（一）加强足球工作组织领导。", full, "机制。[市体育局，各区政府]",
                            "（二）做大做强足球协会。", full, "机制。"])
        #expect(found.map(\.text) == ["各区人民政府，市政府各部门：", "《若干措施》已经市政府同意，现印发给你们，请认真组织实施。",
                                      "一、完善足球管理体制机制", "（一）加强足球工作组织领导。", full + "机制。[市体育局，各区政府]",
                                      "（二）做大做强足球协会。", full + "机制。"])
        #expect(found.map(\.heading) == [false, false, true, true, false, true, false])
    }

    @Test func aListOfShortItemsIsNotHeads() {
        let found = blocks([" 某某法", "第二条 本法所称投资，包括下列情形：", "（一）设立企业；", "（二）取得股份。", "（三）新建项目。", "第三条 " + full + "。"])
        #expect(found.allSatisfy { !$0.heading })
    }

    @Test func aGapInsideAParagraphDoesNotEndIt() {
        let found = blocks([" 某某措施", full, full, "", full, "为止。"])
        #expect(found.map(\.text) == [full + full + full + "为止。"])
    }

    /// A measure counted in characters is approximate (spaced-out digits, ASCII commas): a line a
    /// little short of it that stops on a bare ideograph is still cut mid-clause.
    @Test func aGapAfterALineCutMidClauseDoesNotEndTheParagraph() {
        let cut = String(full.dropLast(4))
        let found = blocks([" 某某措施", full, full, cut, "   ", "区打造创新集聚区，建成生态社区。", full + "。"])
        #expect(found.map(\.text) == [full + full + cut + "区打造创新集聚区，建成生态社区。", full + "。"])
        // Nor is a line before a numbered head.
        let numbered = blocks([" 某某措施", full, cut, "   ", "二、建设主体", full + "。"])
        #expect(numbered.contains { $0.heading && $0.text == "二、建设主体" })
    }

    /// The bodies responsible for an item, in brackets after its last sentence, close that item,
    /// and a head may follow them even when their brackets open on an earlier line.
    @Test func anAttributionInBracketsClosesItsItem() {
        let found = blocks([" 某某措施", full, "专业人才发展的鲜明导向。", "（市体育局、市委人才办、市人力社", "保局）",
                            full, "占比超过 30%。[市教育局，各区、县（市）", "政府]", "（十七）强化足球专业人才培养。", full + "。"])
        #expect(found.map(\.text) == [full + "专业人才发展的鲜明导向。（市体育局、市委人才办、市人力社保局）",
                                      full + "占比超过30%。[市教育局，各区、县（市）政府]",
                                      "（十七）强化足球专业人才培养。", full + "。"])
        #expect(found.map(\.heading) == [false, false, true, false])
        // A numbered item or a parenthetical followed by text is no attribution.
        #expect(!BodyAssembler.opensAttribution("（一）境外敵對勢力之政府及所屬組織、機構"))
        #expect(!BodyAssembler.opensAttribution("（下稱警總）、憲兵司令部、法務部調查局"))
        #expect(BodyAssembler.opensAttribution("（余杭区政府、市商旅集团、杭师大、市体育局）"))
    }

    /// After a full line that ends a sentence, an article label or an item numbered in Chinese
    /// numerals starts a paragraph; Arabic numbering may run on inside one.
    @Test func articlesAndChineseNumberedItemsStartAfreshAfterAFullSentence() {
        let sentence = String(full.dropLast()) + "。"
        let found = blocks([" 某某法", full, sentence, "第二十三条 行政机关及其工作人员对于履行职责过程中知悉的商业秘密，应当依法", "予以保密。",
                            full, sentence, "三、立法院得经全体立法委员三分之一以上连署，对行政院院长提出不信任", "案。",
                            full, sentence, "2. 在开发集加入句子的不同修改结果，相对于只有一条修改结果，结果都会", "下降。"])
        #expect(found.map(\.text) == [full + sentence, "第二十三条 行政机关及其工作人员对于履行职责过程中知悉的商业秘密，应当依法予以保密。",
                                      full + sentence, "三、立法院得经全体立法委员三分之一以上连署，对行政院院长提出不信任案。",
                                      full + sentence + "2.在开发集加入句子的不同修改结果，相对于只有一条修改结果，结果都会下降。"])
        #expect(StructureLabelRule.opensArticle("第十二条之一 本法"))
        #expect(!StructureLabelRule.opensArticle("第一章 总则"))
    }

    @Test func aHeadWrappedOverTwoShortLinesIsOneHead() {
        let found = blocks([" 通知标题", full + "。", "短句。", "杭州市加快推进全国足球发展", "重点城市建设若干措施", full, "为止。"])
        #expect(found.map(\.text).contains("杭州市加快推进全国足球发展重点城市建设若干措施"))
        #expect(found.first { $0.text.hasPrefix("杭州市加快") }?.heading == true)
    }
}

/// Signatures, misread punctuation and full-width page numbers of mainland official documents.
struct OfficialSignatureTests {
    /// A date alone on the last line dates the piece and leaves the body; one within it stays.
    @Test func aDateOnTheLastLineDatesThePiece() {
        let essay = TestSupport.convert(TestSupport.rawSeed([" 灯下漫笔", "鲁迅", "  有一时，就是民国二三年时候，北京的几个国家银行的钞票，信用日见其好了。",
                                                             "一九二五年四月二十九日。"])).article
        #expect(essay.metadata.date == "1925-04-29")
        #expect(!essay.blocks.map(\.plainText).joined().contains("一九二五"))
        let within = TestSupport.convert(TestSupport.rawSeed([" 灯下漫笔", "鲁迅", "  有一时，就是民国二三年时候。", "一九二五年四月二十九日。",
                                                              "  后来的一段，写得很长很长，用来撑满一整行的宽度而已。"])).article
        #expect(within.blocks.map(\.plainText).joined().contains("一九二五年四月二十九日"))
    }

    @Test func readsSignaturesAsIssuerAndDate() {
        #expect(SignatureRule.isIssuingBody("杭州市人民政府办公厅"))
        #expect(SignatureRule.isIssuingBody("国务院"))
        #expect(!SignatureRule.isIssuingBody("经市政府同意，现印发给你们"))
        #expect(SignatureRule.isoDate("2025年4月30日") == "2025-04-30")
        #expect(SignatureRule.isoDate("２０２５年４月３０日") == "2025-04-30")
        #expect(SignatureRule.isoDate("二〇二五年十二月三十一日") == "2025-12-31")
        #expect(SignatureRule.isoDate("2025年13月1日") == nil)
        #expect(SignatureRule.signers(in: "提案委員：蔡崇義、范巽綠") == ["蔡崇義", "范巽綠"])
        let seed = TestSupport.rawSeed([" 杭州市人民政府办公厅关于印发若干措施的通知", "各区、县（市）人民政府：",
                                        "《若干措施》已经市政府同意，现印发给你们，请结合实际认真组织实施。", "杭州市人民政府办公厅",
                                        "2025 年 4 月 30 日", "（此件公开发布）", " 若干措施", "为深入贯彻落实决策部署，制定以下措施。"])
        let article = TestSupport.convert(seed).article
        #expect(article.metadata.authors.map(\.name) == ["杭州市人民政府办公厅"])
        #expect(article.metadata.date == "2025-04-30")
        #expect(!article.blocks.map(\.plainText).joined().contains("此件公开发布"))
    }

    @Test func putsBackPunctuationAFontMisread() {
        let repaired = MisreadPunctuation.repair("各市人民政府ꎬ省政府各部门ꎮ«支持创业带动就业的若干政策措施»已经省政府同意ꎮ")
        #expect(repaired.text == "各市人民政府，省政府各部门。《支持创业带动就业的若干政策措施》已经省政府同意。")
        #expect(repaired.count == 5)
        #expect(MisreadPunctuation.repair("ꎬꎮ ꆈꌠ").count == 0, "Yi text is left alone")
        #expect(MisreadPunctuation.repair("«Le Monde»").text == "«Le Monde»")
    }

    @Test func readsFullWidthPageNumbers() {
        #expect(FurnitureRule.isPageNumber("— １ —"))
        #expect(FurnitureRule.isPageNumber("１２"))
    }
}

struct MeasureTests {
    private func line(_ width: Double) -> TextLine {
        TextLine(number: 1, content: "x", startsPage: false, isIndented: false, hasTrailingSpace: false, isSpacer: false, width: width)
    }

    @Test func indentedFirstLinesDoNotSetTheMeasure() {
        // A speech of short paragraphs: more indented first lines (68) than full lines (72).
        let speech = Array(repeating: line(68), count: 60) + Array(repeating: line(72), count: 29) + Array(repeating: line(70), count: 13)
        #expect(PageGeometry(lines: speech).fullWidth == 72)
        // Long paragraphs: the full lines are the most common and stay the measure.
        let article = Array(repeating: line(60), count: 42) + Array(repeating: line(56), count: 7) + Array(repeating: line(62), count: 6)
        #expect(PageGeometry(lines: article).fullWidth == 60)
        // A spread of widths (spaces, digits) is not a second peak.
        let spread = Array(repeating: line(42), count: 264) + Array(repeating: line(44), count: 120) + Array(repeating: line(46), count: 105)
        #expect(PageGeometry(lines: spread).fullWidth == 42)
    }
}

struct ColophonAndLicenceTests {
    @Test func theColophonIsNotBody() {
        #expect(SignatureRule.opensColophon("抄送：市委各部门，市纪委，杭州警备区，市各群众团体。"))
        #expect(SignatureRule.isPrintingLine("2026 年 2 月 14 日印发"))
        #expect(!SignatureRule.isPrintingLine("经市政府同意，现印发"))
        let seed = TestSupport.rawSeed([" 某某措施", "  正文第一段写得很长很长，用来撑满一整行的宽度，然后在这里结束。",
                                        "抄送：市委各部门，市纪委，杭州警备区，", "市各群众团体。", "杭州市人民政府办公厅", "2025年5月6日印发"])
        let text = TestSupport.convert(seed).article.blocks.map(\.plainText).joined()
        #expect(!text.contains("抄送") && !text.contains("印发"))
    }

    @Test func licenceLinesAndPageOfPagesFootersAreFurniture() {
        #expect(FurnitureRule.isLicenceLine("©2022 中国计算语言学大会"))
        #expect(FurnitureRule.isLicenceLine("根据《Creative Commons Attribution 4.0 International License》许可出版"))
        #expect(!FurnitureRule.isLicenceLine("本文讨论知识共享许可协议的影响。"))
        #expect(FurnitureRule.isPageNumber("第 1 頁／共 3 頁"))
    }
}

struct WordedListTests {
    @Test func aListCountedInWordsAfterADash() {
        #expect(BodyAssembler.opensListItem("一，想做奴隶而不得的时代；"))
        #expect(!BodyAssembler.opensListItem("一些人想做奴隶。"))
        let full = "任凭你爱排场的学者们怎样铺张，修史时候设些什么好题目，好意诚然是可感的，但"
        let found = TestSupport.convert(TestSupport.rawSeed([" 灯下漫笔", "鲁迅", "  " + full, "措辞太绕湾子了。有更其直捷了当的说法在这里——",
                                                             "一，想做奴隶而不得的时代；", "二，暂时做稳了奴隶的时代。"])).article.blocks.map(\.plainText)
        #expect(found.suffix(2) == ["一，想做奴隶而不得的时代；", "二，暂时做稳了奴隶的时代。"])
    }
}
