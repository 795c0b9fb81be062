import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct CharacterClassTests {
    static var standingAlone: [Unicode.Scalar] {
        (0...0x2FFFF).compactMap(Unicode.Scalar.init).filter(CharacterClass.standsAlone)
    }

    /// Each scalar that stands alone breaks from a letter on both sides, from itself, from a
    /// Hangul trailing jamo and from a line feed, so it is neither a mark, a prepended sign, a
    /// jamo, a regional indicator nor a carriage return: two such scalars are always two Characters.
    @Test func scalarsThatStandAloneAreCharactersOfTheirOwn() {
        var joined: [String] = []
        for scalar in Self.standingAlone {
            let alone = String(scalar)
            for pair in [alone + "a", "a" + alone, alone + alone, alone + "\u{11A8}", alone + "\n"] where pair.count != 2 {
                joined.append(pair.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(joined.isEmpty, "\(joined.prefix(10))")
        #expect(!CharacterClass.standsAlone("\r") && !CharacterClass.standsAlone("\u{301}") && !CharacterClass.standsAlone("\u{387}"))
    }

    @Test func scalarWidthIsTheCharacterWidthForEveryScalarThatStandsAlone() {
        let differing = Self.standingAlone.filter {
            CharacterClass.width(of: String($0)) != CharacterClass.characterWidth(of: String($0)[...])
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func characterCountIsTheCountOfCharacters() {
        for text in ["", "中文 ab“”…·", "e\u{301}", "a\r\nb", "👍🏽\u{200D}全", "ＡＢ（", "\u{387}", "\u{E000}1\u{E001}"] {
            #expect(CharacterClass.characterCount(of: text) == text.count, "\(text.debugDescription)")
        }
    }

    @Test func widthCountsCharacters() {
        #expect(CharacterClass.width(of: "中文 ab“”…·") == 14.5)
        #expect(CharacterClass.width(of: "\u{387}") == 2, "U+0387 is canonically ·")
        #expect(CharacterClass.width(of: "e\u{301} \u{301}中") == 1 + 1 + 2, "a space with a mark is no space")
        #expect(CharacterClass.width(of: "a\r\nb") == 3, "CRLF is one Character")
        #expect(CharacterClass.width(of: "👍🏽\u{200D}全") == 1 + 2)
        #expect(CharacterClass.width(of: "ＡＢ（") == 6)
    }
}
