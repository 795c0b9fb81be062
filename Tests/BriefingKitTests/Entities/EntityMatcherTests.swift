import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct EntityMatcherTests {
    static let gazetteer = Gazetteer(entities: [
        Entity(id: "donald-trump", kind: .person, english: "Donald Trump", names: [.traditional: "川普", .simplified: "特朗普"]),
        Entity(id: "marco-rubio", kind: .person, english: "Marco Rubio", names: [.traditional: "盧比歐", .simplified: "鲁比奥"],
               aliases: ["马尔科·鲁比奥"]),
        Entity(id: "shigeru-ishiba", kind: .person, english: "Shigeru Ishiba", names: [.traditional: "石破茂", .simplified: "石破茂"],
               aliases: ["石破"]),
        Entity(id: "united-states", kind: .country, english: "United States", names: [.traditional: "美國", .simplified: "美国"]),
        Entity(id: "us-japan-security-treaty", kind: .document, english: "US–Japan Security Treaty",
               names: [.traditional: "美日安保條約", .simplified: "美日安保条约"]),
        Entity(id: "quad", kind: .organisation, english: "Quad", names: [.traditional: "四方安全對話", .simplified: "四方安全对话"]),
    ])
    static let matcher = EntityMatcher(gazetteer: gazetteer, fold: TestSupport.scripts.fold)

    func ids(_ text: String) -> [String] { Self.matcher.matches(in: text).map(\.entityID) }

    @Test func namesMatchInEitherScriptAndEitherRegionalForm() {
        #expect(ids("盧比歐與鲁比奥和卢比欧") == ["marco-rubio", "marco-rubio", "marco-rubio"])
        #expect(ids("川普與特朗普") == ["donald-trump", "donald-trump"])
        #expect(ids("美國与美国") == ["united-states", "united-states"])
    }

    @Test func longestNameWins() {
        #expect(ids("石破茂與石破") == ["shigeru-ishiba", "shigeru-ishiba"])
        #expect(Self.matcher.matches(in: "石破茂").first?.range == 0..<3)
        #expect(ids("重申《美日安保條約》") == ["us-japan-security-treaty"])
        #expect(ids("国务卿马尔科·鲁比奥（Marco Rubio）") == ["marco-rubio", "marco-rubio"])
    }

    @Test func compoundsOfAbbreviatedNamesAreNotMentions() {
        #expect(ids("川石首次會談與美日同盟、日韓關係") == [])
    }

    @Test func phrasesListedAsNotInHideTheNameInside() {
        let jackson = Entity(id: "andrew-jackson", kind: .person, english: "Andrew Jackson",
                             names: [.traditional: "傑克森", .simplified: "杰克逊"], notIn: ["杰克逊现实主义"])
        let matcher = EntityMatcher(gazetteer: Gazetteer(entities: [jackson]), fold: TestSupport.scripts.fold)
        #expect(matcher.matches(in: "杰克逊现实主义与杰克逊的外交").map(\.range) == [8..<11])
    }

    @Test func latinNamesMatchWholeWordsOnly() {
        #expect(ids("the Quad and QUAD") == ["quad", "quad"])
        #expect(ids("Quadrant and subquad") == [])
    }
}
