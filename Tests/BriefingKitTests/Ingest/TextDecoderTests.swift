import Testing
@testable import BriefingKit

struct TextDecoderTests {
    @Test func removesByteOrderMarkAndNormalisesLineEndings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("甲\r\n乙\r丙\n".utf8)
        #expect(try TextDecoder.decode(bytes, path: "seeds/a.txt") == "甲\n乙\n丙\n")
    }

    @Test func reportsFileLineAndByteOfInvalidUTF8() {
        let bytes: [UInt8] = Array("第一行\n第二".utf8) + [0xB5, 0xDA] + Array("\n".utf8)
        #expect {
            try TextDecoder.decode(bytes, path: "seeds/bad.txt")
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.description == "seeds/bad.txt:2: ingest: not valid UTF-8 at byte 16; save the file as UTF-8"
        }
    }
}
