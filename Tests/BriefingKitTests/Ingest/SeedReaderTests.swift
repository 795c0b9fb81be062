import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SeedReaderTests {
    let scratch = ScratchFolder("seeds")

    func folder(_ files: [String: String]) throws -> String {
        let url = try scratch.folder()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    @Test func markdownSeedTakesPrecedenceOverRawTextAndKeepsItsSidecar() throws {
        let path = try folder([
            "a.txt": "原文\n", "a.md": "---\ntitle: 手改標題\n---\n\n手改正文。\n", "a.yml": "date: 2025-02-10\n",
            "b.txt": "另一篇\n", "entities.yml": "[]\n", "notes.pdf": "%PDF",
        ])
        let seeds = try SeedReader.read(folder: path)
        #expect(seeds.map(\.id) == ["a", "b"])
        #expect(seeds[0].format == .markdown)
        #expect(seeds[0].sidecar?.text == "date: 2025-02-10\n")
        let document = try DocumentLoader.load(seeds[0], scripts: TestSupport.scripts).document
        #expect(document.metadata.title == "手改標題")
        #expect(document.metadata.date == "2025-02-10")
        #expect(document.body == "手改正文。\n")
    }

    @Test func sidecarWithoutSeedAndMissingFolderAreReported() throws {
        let path = try folder(["lonely.yml": "slug: x\n"])
        #expect {
            try SeedReader.read(folder: path)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message == "sidecar has no seed; add lonely.txt or lonely.md beside it"
        }
        #expect(throws: DiagnosticError.self) { try SeedReader.read(folder: path + "/missing") }
    }

    @Test func markdownSeedWithoutFrontMatterIsReportedWithAHint() throws {
        let path = try folder(["c.md": "# 沒有前言\n"])
        let seed = try SeedReader.read(folder: path)[0]
        #expect {
            try DocumentLoader.load(seed, scripts: TestSupport.scripts)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.contains("did you forget the opening `---`?") == true
        }
    }
}
