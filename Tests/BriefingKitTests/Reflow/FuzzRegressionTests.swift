import Foundation
import Testing
@testable import BriefingKit

/// Inputs `make fuzz` found to crash the converter, kept so they never do again.
struct FuzzRegressionTests {
    @Test(arguments: ["notes-heading-inside-front-matter.txt"])
    func convertsWithoutCrashing(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: TestSupport.fixturesFolder.appendingPathComponent("Fuzz/\(name)")))
        let text = try TextDecoder.decodeDetecting(bytes, path: name).text
        let conversion = TestSupport.convert(Seed(id: "fuzz", path: "seeds/fuzz.txt", format: .rawText, text: text))
        // The notes heading sits before the end of what reads as front matter: no body, no crash.
        #expect(conversion.article.blocks.isEmpty)
        #expect(!conversion.article.metadata.title.isEmpty)
    }
}
