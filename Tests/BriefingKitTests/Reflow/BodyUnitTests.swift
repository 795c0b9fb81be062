import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct BodyUnitTests {
    static func ledger() -> MarkerLedger {
        var ledger = MarkerLedger()
        for number in [1, 2, 3] { _ = ledger.record(number: number, owner: .body, line: 1) }
        ledger.openNote(number: 2, text: "note", line: 9)
        ledger.labels[0] = "fn-2"
        return ledger
    }

    static func bytes(_ inlines: [Inline]) -> [[UInt8]] {
        inlines.map { inline in
            switch inline {
            case .text(let text): return [0] + Array(text.utf8)
            case .footnoteReference(let label, let marker): return [1] + Array((label + "|" + marker).utf8)
            case .unresolvedMarker(let marker): return [2] + Array(marker.utf8)
            }
        }
    }

    @Test func placeholdersBecomeReferencesOrVisibleMarkers() {
        let inlines = BodyUnit.inlines(from: "甲\u{E000}1\u{E001}乙\u{E000}0\u{E001}", ledger: Self.ledger())
        #expect(inlines == [.text("甲"), .footnoteReference(label: "fn-2", marker: "[2]"), .text("乙"), .unresolvedMarker("[1]")])
        #expect(BodyUnit.inlines(from: "a\u{E001}b\u{E000}x\u{E001}c\u{E000}2", ledger: Self.ledger()) == [.text("a\u{E001}b")])
        #expect(BodyUnit.inlines(from: "\u{E000}2\u{E001}\u{301}尾", ledger: Self.ledger()) == [],
                "a mark joins the end placeholder, which then is no end")
    }

    @Test func bytesAndCharactersReadTheSamePlaceholders() {
        let pieces = ["\u{E000}", "\u{E001}", "0", "1", "2", "+", "x", "中", " ", "\u{E000}1\u{E001}", "\u{301}", "\r\n", "👍🏽", "Ａ"]
        var differing: [String] = []
        for text in MarkerLedgerTests.generatedTexts(pieces, count: 5000, seed: 11) {
            // Numbers past the ledger's marks would trap both ways; single digits stay below 3.
            let values = text.unicodeScalars.map(\.value)
            guard !zip(values, values.dropFirst()).contains(where: { (0x30...0x39).contains($0) && (0x30...0x39).contains($1) }) else { continue }
            if Self.bytes(BodyUnit.inlines(from: text, ledger: Self.ledger()))
                != Self.bytes(BodyUnit.characterInlines(from: text, ledger: Self.ledger())) {
                differing.append(text.debugDescription)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
