import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SearchTokenizerFastPathTests {
    private let tokenizer = SearchTokenizer(fold: TestSupport.scripts.foldCharacter)

    @Test func fastPathGivesTheTokensOfFullNormalisation() throws {
        var texts = ["川普表示，Rubio said：「關稅」——AUKUS…臺灣 2025年 Quad!", "ＡＢＣ１２３ 全形", "e\u{301}té", "々〇〆 〒", "①②"]
        for seed in try TestSupport.realSeeds() { texts += seed.text.split(separator: "\n").map(String.init) }
        var fastTaken = 0
        for text in texts {
            if SearchTokenizer.separatorsAndSafeCharacters(text, fold: TestSupport.scripts.foldCharacter) != nil { fastTaken += 1 }
            #expect(tokenizer.tokens(text) == tokenizer.tokens(of: tokenizer.normalise(text)), "\(text)")
        }
        #expect(fastTaken > texts.count / 2, "most seed lines should take the fast path")
    }

    @Test func textOutsideTheSafeSetTakesTheFullPath() {
        for text in ["ＡＢＣ", "１２", "e\u{301}", "々", "\u{F900}", "ｶﾀｶﾅ"] {
            #expect(SearchTokenizer.separatorsAndSafeCharacters(text, fold: TestSupport.scripts.foldCharacter) == nil, "\(text)")
        }
    }
}
