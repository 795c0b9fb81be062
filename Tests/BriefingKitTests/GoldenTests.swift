import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// The whole conversion of every real seed against its reviewed Markdown in `Golden/<seed-id>/`.
struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDENS"] == "1"

    @Test(arguments: TestSupport.realSeedIDs)
    func conversionMatchesReviewedMarkdown(seedID: String) throws {
        let seed = try TestSupport.realSeed(seedID)
        let document = try DocumentLoader.load(seed, scripts: TestSupport.scripts).document
        let actual = MarkdownWriter.file(for: document)
        let url = TestSupport.goldenFolder.appendingPathComponent(seed.id).appendingPathComponent("article.md")
        if Self.recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(GoldenDiff.firstDifference(expected: expected, actual: actual, file: url.path))")
    }
}

enum GoldenDiff {
    /// Names the golden file and the first line that differs, with both versions of it.
    static func firstDifference(expected: String, actual: String, file: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let old = index < left.count ? String(left[index]) : "<end of file>"
            let new = index < right.count ? String(right[index]) : "<end of file>"
            if old != new { return "\(file):\(index + 1) differs\n  expected: \(old)\n  actual:   \(new)" }
        }
        return "\(file): identical"
    }
}
