import Testing
@testable import BriefingKit

struct TextLineTests {
    @Test func rawLinesSplitAtLineFeedCharactersOnly() {
        let texts = ["", "\n", "a\n\nb\n", "一\r\n二\n三", "\r\n\r\n", "x\n\u{301}y", "\"\u{301}\n👍🏽\n", "全形　\n\u{200D}\n"]
        for text in texts {
            #expect(TextLine.rawLines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
        #expect(TextLine.rawLines("一\r\n二\n三") == ["一\r\n二", "三"], "CRLF is one Character, not a line feed")
    }

    @Test func scanReadsLayoutFacts() {
        let lines = TextLine.scan(" 標題\n\n   縮排 \n  \nabc")
        #expect(lines.map(\.number) == [1, 3, 4, 5])
        #expect(lines.map(\.content) == ["標題", "縮排", "", "abc"])
        #expect(lines.map(\.startsPage) == [true, true, false, false])
        #expect(lines.map(\.isIndented) == [false, true, false, false])
        #expect(lines.map(\.hasTrailingSpace) == [false, true, false, false])
        #expect(lines.map(\.isSpacer) == [false, false, true, false])
    }
}
