import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TextDecoderTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestSupport.fixturesFolder.appendingPathComponent("Encodings/\(name)")))
    }

    @Test func removesByteOrderMarkAndNormalisesLineEndings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("甲\r\n乙\r丙\n".utf8)
        #expect(try TextDecoder.decode(bytes, path: "seeds/a.txt") == "甲\n乙\n丙\n")
    }

    /// Samples made with iconv from the seeds: each legacy file decodes to its UTF-8 original.
    @Test(arguments: [("traditional-big5.txt", "traditional-utf8.txt", TextDecoder.Encoding.big5),
                      ("simplified-gb18030.txt", "simplified-utf8.txt", .gb18030),
                      ("simplified-gbk.txt", "simplified-utf8.txt", .gb18030)])
    func detectsLegacyChineseEncodings(legacy: String, original: String, encoding: TextDecoder.Encoding) throws {
        let decoded = try TextDecoder.decodeDetecting(try Self.fixture(legacy), path: legacy)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == String(decoding: try Self.fixture(original), as: UTF8.self))
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let data = try #require("川普\r\n石破茂\n".data(using: .utf16))
        #expect(try TextDecoder.decode([UInt8](data), path: "a.txt") == "川普\n石破茂\n")
    }

    @Test func rejectsBinaryAndPDFWithTheFileAndLine() {
        func message(_ bytes: [UInt8]) -> String? {
            do { _ = try TextDecoder.decode(bytes, path: "seeds/x.txt"); return nil } catch { return error.diagnostics.first?.description }
        }
        #expect(message(Array("%PDF-1.7\n".utf8)) == "seeds/x.txt:1: ingest: this is a PDF, not extracted text; extract its text first (for example with pdftotext)")
        #expect(message(Array("甲\n乙\0".utf8)) == "seeds/x.txt:2: ingest: contains a NUL byte at byte 7; this looks like a binary file, not text")
        #expect(message(Array("第一行\n".utf8) + [0xFF, 0xFE, 0xFD, 0x80]) == "seeds/x.txt:2: ingest: not valid UTF-8 at byte 10, and not GB18030 or Big5 either; save the file as UTF-8")
    }
}
