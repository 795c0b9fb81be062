import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Title, by-line and affiliation rules for statutes, speeches and conference papers (issue #20).
struct FrontMatterRuleTests {
    @Test func keepsTheSpaceAfterAStatutesLabel() {
        #expect(StructureLabelRule.join(["第一条 为了进一步扩大对外开放，积极促进外商投资，保护", "外商投资合法权益。"])
            == "第一条 为了进一步扩大对外开放，积极促进外商投资，保护外商投资合法权益。")
        #expect(StructureLabelRule.join(["第一章", "總則"]) == "第一章 總則", "a label on its own line over its name")
        #expect(StructureLabelRule.join(["第 3 條　本法所稱主管機關"]) == "第3條 本法所稱主管機關")
        #expect(StructureLabelRule.join(["第一条为了进一步"]) == "第一条为了进一步", "no space printed, none added")
        #expect(StructureLabelRule.join(["第二次世界大战 以后"]) == "第二次世界大战以后", "not a label")
    }

    @Test func dropsTheRepeatsOfAnOverprintedTitle() {
        #expect(OverprintRule.withoutRepeats(["CCL2022-CLTC赛", "赛道一 :中", "中文拼写检查"]) == ["CCL2022-CLTC赛", "道一 :中", "文拼写检查"])
        #expect(OverprintRule.withoutRepeats(["评测赛", "赛道四：多", "多参考文本纠", "错技术研究"]) == ["评测赛", "道四：多", "参考文本纠", "错技术研究"],
                "two repeats make the block overprinted; a break without one stays")
        #expect(OverprintRule.withoutRepeats(["人工智能與", "國際關係"]) == ["人工智能與", "國際關係"])
        #expect(OverprintRule.withoutRepeats(["Data", "Data sets"]) == ["Data", "Data sets"], "Latin words may repeat")
    }

    @Test func namesOpenWithAFamilyName() {
        #expect(AuthorLine.parse("條文") == nil)
        #expect(AuthorLine.parse("總綱") == nil)
        #expect(AuthorLine.parse("第一章") == nil)
        #expect(AuthorLine.parse("歐陽修")?.names == ["歐陽修"])
        #expect(AuthorLine.parse("米歇尔·奥巴马")?.names == ["米歇尔·奥巴马"])
    }

    @Test func readsJustifiedCommaSeparatedBylinesWithAffiliationNumbers() {
        let parsed = AuthorLine.parse("钱 晓 波 1 ， 谢文 秀 2 ， 龙 绍 沛1 ， 郝 天永 1,*")
        #expect(parsed?.names == ["钱晓波", "谢文秀", "龙绍沛", "郝天永"])
        #expect(parsed?.affiliationNumbers == [1, 2, 1, 1])
        #expect(parsed?.markers == ["*"])
    }

    @Test func recognisesDatedRecordsOfAdoptionAndDelivery() {
        #expect(FrontLineRule.isDatedRecord("中華民國九十一年十二月十一日總統華總一義字第 09100238990 號令制定公布全文 41 條；並自公布"))
        #expect(FrontLineRule.isDatedRecord("（2019 年 3 月 15 日第十三届全国人民代表大会第二次会议通过）"))
        #expect(FrontLineRule.isDatedRecord("2026 年 2 月 3 日在四川省第十四届人民代表大会第五次会议上"))
        #expect(!FrontLineRule.isDatedRecord("2025年3月5日，国务院发布了新的措施。"), "a sentence that opens with a date")
        #expect(!FrontLineRule.isDatedRecord("2026年四川省人民政府工作报告"))
    }

    @Test func readsAStatutesHead() {
        let seed = TestSupport.rawSeed([" 中華民國憲法增修", "條文",
                                        "中華民國九十四年六月十日總統華總一義字第 09400087551 號令修正公布第 1、2、4、5、8 條條文；",
                                        "並增訂第 12 條條文", "為因應國家統一前之需要，依照憲法之規定，增修本憲法條文如左：", "第1條"])
        let article = TestSupport.convert(seed).article
        #expect(article.metadata.title == "中華民國憲法增修條文")
        #expect(article.metadata.authors.isEmpty)
        #expect(article.blocks.first?.plainText.hasPrefix("為因應") == true)
    }

    @Test func readsALetterSpacedTitle() {
        let seed = TestSupport.rawSeed([" 糾", "", "正", "", "案", "", "文", "", "壹、被糾正機關：行政院。"])
        #expect(TestSupport.convert(seed).article.metadata.title == "糾正案文")
    }

    @Test func mapsNumberedAffiliationsToTheirAuthors() {
        let seed = TestSupport.rawSeed([" 中文糖尿病问题分类体系研究", "钱晓波1，谢文秀2，郝天永1", "1", "华南师范大学，计算机学院，广东广州", "2",
                                        "香港城市大学，电脑科学系，香港", "someone@example.edu.cn", "摘要",
                                        "摘要：本文设计了一个新型分类体系。", "关键词：糖尿病；分类体系"])
        let metadata = TestSupport.convert(seed).article.metadata
        #expect(metadata.authors.map(\.affiliation) == ["华南师范大学，计算机学院，广东广州", "香港城市大学，电脑科学系，香港", "华南师范大学，计算机学院，广东广州"])
        #expect(metadata.abstract == "本文设计了一个新型分类体系。")
        #expect(metadata.keywords == ["糖尿病", "分类体系"])
    }
}
