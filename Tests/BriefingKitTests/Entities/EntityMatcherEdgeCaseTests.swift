import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// The corners of matching: overlaps, fallbacks to shorter names, Latin word boundaries, names
/// that mix scripts, `not_in` phrases, and text that cannot be read one scalar at a time.
struct EntityMatcherEdgeCaseTests {
    static let gazetteer = Gazetteer(entities: [
        Entity(id: "quad", kind: .organisation, english: "Quad", names: [.traditional: "四方安全對話", .simplified: "四方安全对话"]),
        Entity(id: "quad-plus", kind: .organisation, english: "Quad Plus", names: [.traditional: "四方加", .simplified: "四方加"]),
        Entity(id: "security-dialogue", kind: .event, english: "Security Dialogue Conference",
               names: [.traditional: "安全對話會議", .simplified: "安全对话会议"]),
        Entity(id: "g7-summit", kind: .event, english: "G7 Summit", names: [.traditional: "G7峰會", .simplified: "G7峰会"]),
        Entity(id: "marco-rubio", kind: .person, english: "Marco Rubio", names: [.traditional: "盧比歐", .simplified: "鲁比奥"]),
        Entity(id: "donald-trump", kind: .person, english: "Donald Trump", names: [.traditional: "川普", .simplified: "特朗普"]),
        Entity(id: "united-states", kind: .country, english: "United States", names: [.traditional: "美國", .simplified: "美国"]),
        Entity(id: "andrew-jackson", kind: .person, english: "Andrew Jackson", names: [.traditional: "傑克森", .simplified: "杰克逊"],
               notIn: ["杰克逊现实主义", "美國傑克森"]),
    ])
    static let matcher = EntityMatcher(gazetteer: gazetteer, fold: TestSupport.scripts.fold)

    func found(_ text: String) -> [String] {
        Self.matcher.matches(in: text).map { "\($0.entityID)@\($0.range.lowerBound)..<\($0.range.upperBound)" }
    }

    @Test func theLeftmostNameWinsOverALongerOneStartingInsideIt() {
        #expect(found("四方安全對話會議") == ["quad@0..<6"])
        #expect(found("在安全對話會議上") == ["security-dialogue@1..<7"])
    }

    @Test func aLongerNameThatIsNotAWholeWordGivesWayToAShorterOne() {
        #expect(found("Quad Plusses") == ["quad@0..<4"])
        #expect(found("Quad Plus,") == ["quad-plus@0..<9"])
    }

    @Test func latinWordsAreLettersAndDigitsOfASCIIOnly() {
        #expect(found("Quad2 and 2Quad") == [])
        #expect(found("的Quad會議、(quad)") == ["quad@1..<5", "quad@9..<13"])
        #expect(found("Quadé") == ["quad@0..<4"])
    }

    @Test func namesMixingScriptsMatchInEitherScriptAndNotInsideALatinWord() {
        #expect(found("G7峰会与g7峰會") == ["g7-summit@0..<4", "g7-summit@5..<9"])
        #expect(found("AG7峰會") == [])
        #expect(found("卢比歐與鲁比奧") == ["marco-rubio@0..<3", "marco-rubio@4..<7"])
    }

    @Test func notInPhrasesHideEveryNameInsideThemWhicheverEntityListsThem() {
        #expect(found("杰克逊现实主义者杰克逊") == ["andrew-jackson@8..<11"])
        #expect(found("美國傑克森與美国") == ["united-states@6..<8"])
    }

    @Test func aNotInPhraseThatIsAlsoANameIsNoMentionAndTheFirstEntityKeepsASharedName() {
        let matcher = EntityMatcher(gazetteer: Gazetteer(entities: [
            Entity(id: "george-washington", kind: .person, english: "George Washington", names: [.traditional: "華盛頓", .simplified: "华盛顿"],
                   aliases: ["國父"]),
            Entity(id: "sun-yat-sen", kind: .person, english: "Sun Yat-sen", names: [.traditional: "孫中山", .simplified: "孙中山"],
                   aliases: ["國父"], notIn: ["华府"]),
            Entity(id: "washington-dc", kind: .place, english: "Washington, D.C.", names: [.traditional: "華府", .simplified: "华府"]),
        ]), fold: TestSupport.scripts.fold)
        #expect(matcher.matches(in: "華府與國父").map(\.entityID) == ["george-washington"])
    }

    @Test func textWithJoiningScalarsIsMatchedCharacterByCharacter() {
        #expect(found("川普👍🏽與e\u{301}盧比歐") == ["donald-trump@0..<2", "marco-rubio@5..<8"])
        #expect(found("川普\u{301}與川普\r\n") == ["donald-trump@3..<5"])
        #expect(found("🇺🇸美國") == ["united-states@1..<3"])
    }

    @Test func mentionsKeepWholeCharactersOfContextAroundJoiningScalars() {
        let annotator = EntityAnnotator(matcher: Self.matcher, entitiesPath: "")
        let mentions = MarkdownRenderer.blocks("👍🏽川普說e\u{301}。\n", annotator: annotator).mentions
        #expect(mentions == [EntityMention(entityID: "donald-trump", surface: "川普", context: "👍🏽川普說e\u{301}。")])
    }

    /// Matching is defined as: at each position, the longest key (name or `not_in` phrase, folded)
    /// that is a whole word where Latin; a `not_in` phrase is skipped without a mention.
    @Test func matchesAgreeWithTheDefinitionOnScrambledText() {
        let keys = Dictionary(Self.gazetteer.entities.flatMap { entity in
            entity.allNames.filter { $0.count >= 2 }.map { (String(TestSupport.scripts.fold($0)), entity.id) }
        } + Self.gazetteer.entities.flatMap { $0.notIn.map { (String(TestSupport.scripts.fold($0)), "") } },
        uniquingKeysWith: { first, second in second.isEmpty ? second : first })
        func isWord(_ character: Character) -> Bool { character.isASCII && (character.isLetter || character.isNumber) }
        func expected(_ text: String) -> [String] {
            let folded = TestSupport.scripts.fold(text)
            var result: [String] = [], start = 0
            while start < folded.count {
                var best: (Int, String)?
                if !(isWord(folded[start]) && start > 0 && isWord(folded[start - 1])) {
                    for end in (start + 1)...folded.count {
                        if let id = keys[String(folded[start..<end])], end == folded.count || !isWord(folded[end - 1]) || !isWord(folded[end]) {
                            best = (end, id)
                        }
                    }
                }
                if let (end, id) = best {
                    if !id.isEmpty { result.append("\(id)@\(start)..<\(end)") }
                    start = end
                } else {
                    start += 1
                }
            }
            return result
        }
        let pieces = ["四方", "安全", "對話", "会议", "會議", "Quad", " Plus", "s", "G7", "峰会", "盧比", "奥", "川普", "特朗普",
                      "美國", "杰克逊", "现实主义", "傑克森", "a", "2", " ", "、", "e\u{301}", "👍🏽"]
        var state: UInt64 = 8
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(found(text) == expected(text), "\(text)")
        }
    }
}
