import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct FootnoteMarkerTests {
    @Test func noteStartNeedsAMarkerCharacterAtTheStartAndTextAfter() {
        #expect(FootnoteMarker.noteStart("[3] Tim Kelly ")?.number == 3)
        #expect(FootnoteMarker.noteStart("[3] Tim Kelly ")?.body == "Tim Kelly")
        #expect(FootnoteMarker.noteStart("[12]“Title”")?.body == "“Title”")
        #expect(FootnoteMarker.noteStart("[3]") == nil)
        #expect(FootnoteMarker.noteStart("[3]\u{301} x") == nil, "the mark makes `]\u{301}` another Character")
        #expect(FootnoteMarker.noteStart(" [3] x") == nil)
        #expect(FootnoteMarker.noteStart("［３］ x") == nil)
        #expect(FootnoteMarker.noteStart("[1234] x") == nil)
        #expect(FootnoteMarker.noteStart("") == nil)
    }
}
