import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SpaceNormalizerTests {
    @Test func removesSpacesNextToCJKAndKeepsOneBetweenLatinWords() {
        #expect(SpaceNormalizer.normalize("2025 年 1 月") == "2025年1月")
        #expect(SpaceNormalizer.normalize("  信 强  ") == "信强")
        #expect(SpaceNormalizer.normalize("The   Guardian ，  February") == "The Guardian，February")
        #expect(SpaceNormalizer.normalize("迪亚斯 - 巴拉特 - 李 -  王") == "迪亚斯-巴拉特-李-王")
        #expect(SpaceNormalizer.normalize("a - 中 - b") == "a -中- b")
        #expect(SpaceNormalizer.closeSpacedHyphens("一 - 二 - 三 - x - 四") == "一-二-三 - x - 四")
    }

    @Test func treatsMarksAndJoinedCharactersAsCharacters() {
        #expect(SpaceNormalizer.normalize("中 \u{301}文") == "中 \u{301}文", "a space with a mark is no space")
        #expect(SpaceNormalizer.normalize("e\u{301}  中") == "e\u{301}中")
        #expect(SpaceNormalizer.normalize("a \r\n b") == "a \r\n b")
        #expect(SpaceNormalizer.normalize("👍🏽  ok") == "👍🏽 ok")
        #expect(SpaceNormalizer.normalize("ᄀ 가") == "ᄀ가", "jamo and syllable join into one Character")
        #expect(SpaceNormalizer.normalize("Ａ Ｂ") == "ＡＢ")
        #expect(SpaceNormalizer.closeSpacedHyphens("一 -\u{301} 二") == "一 -\u{301} 二")
        #expect(SpaceNormalizer.closeSpacedHyphens("一 - 二\u{301}") == "一-二\u{301}", "an ideograph with a mark is an ideograph")
    }

    /// Marks and symbols held by Chinese on their other side belong to it, whatever font they came from.
    @Test func marksHeldByChineseTakeNoSpaceOnTheirOtherSide() {
        #expect(SpaceNormalizer.normalize("“ AI + 超级个体” 新型") == "“AI+超级个体”新型")
        #expect(SpaceNormalizer.normalize("全链条生态服务” OPC 生态") == "全链条生态服务”OPC生态")
        #expect(SpaceNormalizer.normalize("(责任单位:市人才工作局) OPC 生态") == "(责任单位:市人才工作局)OPC生态")
        #expect(SpaceNormalizer.normalize("“ 场景机会清单” “ 技术能力清单”") == "“场景机会清单”“技术能力清单”")
        // English keeps its spaces around the same marks.
        #expect(SpaceNormalizer.normalize("He said “yes” and (so) A + B left") == "He said “yes” and (so) A + B left")
        #expect(SpaceNormalizer.normalizeCharacters("服务” OPC，AI + 超级") == "服务”OPC，AI+超级")
        // A stop or comma after Chinese words is no closing mark: a reference keeps its spaces.
        #expect(SpaceNormalizer.normalize("孙茂松. 2022. CLTC 2022：综述. 世界汉语教学, 01:128") == "孙茂松. 2022. CLTC 2022：综述.世界汉语教学, 01:128")
    }

    /// Texts from pieces that stand alone and pieces that join, against the Character rule.
    @Test func matchesTheCharacterRule() {
        let pieces = ["一", "名", " ", "  ", "-", " - ", "a", "B", "1", "，", "é", "\u{301}", "\r\n", "\r", "\n", "Ａ",
                      "👍🏽", "\u{200D}", "\u{E000}", "ᄀ", "가", "\u{600}", "“", "…", "\u{20000}"]
        var state: UInt64 = 0x2545F4914F6CDD1D
        var differing: [String] = []
        for _ in 0..<4000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) + 2 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            if SpaceNormalizer.normalize(text) != SpaceNormalizer.normalizeCharacters(text)
                || SpaceNormalizer.closeSpacedHyphens(text) != SpaceNormalizer.closeSpacedHyphensCharacters(text) {
                differing.append(text.debugDescription)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
