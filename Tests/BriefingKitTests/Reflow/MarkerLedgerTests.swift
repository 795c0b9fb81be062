import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct MarkerLedgerTests {
    static func generatedTexts(_ pieces: [String], count: Int, seed: UInt64) -> [String] {
        var state = seed
        return (0..<count).map { _ in
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 59) + 1 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            return text
        }
    }

    static let markerPieces = ["[", "]", "1", "23", "4567", "a", "中", "，", " ", "[1]", "[12]", "\u{301}", "\r\n", "👍🏽",
                               "Ａ", "［", "１", "\u{600}", "é"]

    @Test func replacesShortNumberedMarkersOnly() {
        var ledger = MarkerLedger()
        let text = ledger.replaceMarkers(in: "美國[1]與[23]和[1234][a][]", owner: .body, line: 7)
        #expect(text == "美國\u{E000}0\u{E001}與\u{E000}1\u{E001}和[1234][a][]")
        #expect(ledger.marks.map(\.number) == [1, 23])
        #expect(ledger.marks.map(\.line) == [7, 7])
    }

    @Test func aMarkWithAMarkAfterItIsNoMarker() {
        var ledger = MarkerLedger()
        #expect(ledger.replaceMarkers(in: "見[1]\u{301}與[2\u{301}]及[3]", owner: .body, line: 1) == "見[1]\u{301}與[2\u{301}]及\u{E000}0\u{E001}")
        #expect(ledger.replaceMarkers(in: "全形［１］不是", owner: .body, line: 1) == "全形［１］不是")
        #expect(ledger.replaceMarkers(in: "a\r\n[4]👍🏽", owner: .body, line: 1) == "a\r\n\u{E000}1\u{E001}👍🏽")
        #expect(ledger.marks.map(\.number) == [3, 4])
    }

    @Test func bytesAndCharactersFindTheSameMarkers() {
        var differing: [String] = []
        for text in Self.generatedTexts(Self.markerPieces, count: 5000, seed: 7) {
            var byBytes = MarkerLedger()
            var byCharacters = MarkerLedger()
            let bytes = byBytes.replaceMarkers(in: text, owner: .body, line: 1)
            let characters = byCharacters.replaceMarkerCharacters(in: text, owner: .body, line: 1)
            if Array(bytes.utf8) != Array(characters.utf8) || byBytes.marks.map(\.number) != byCharacters.marks.map(\.number) {
                differing.append(text.debugDescription)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
