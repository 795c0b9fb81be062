import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Inputs `make fuzz` found to crash the converter, kept so they never do again.
struct FuzzRegressionTests {
    @Test(arguments: ["notes-heading-inside-front-matter.txt"])
    func convertsWithoutCrashing(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: TestSupport.fixturesFolder.appendingPathComponent("Fuzz/\(name)")))
        let text = try TextDecoder.decodeDetecting(bytes, path: name).text
        let conversion = TestSupport.convert(Seed(id: "fuzz", path: "seeds/fuzz.txt", format: .rawText, text: text))
        // The notes heading sits before the end of what reads as front matter: no crash, and the
        // body holds no line of the notes (read as pdftotext's form, the fixture's front matter
        // ends earlier, so the body is no longer empty).
        #expect(!conversion.article.metadata.title.isEmpty)
        #expect(!conversion.article.blocks.contains { $0.location.line >= 26 })
    }
}
