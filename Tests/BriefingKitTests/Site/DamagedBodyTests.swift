import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript

/// A rebuild that must render an unchanged article again reads its body from the cache; when that
/// stored body is gone or damaged, the seed is read from disk again — and used only if it is
/// still the seed the build planned with.
struct DamagedBodyTests {
    let scratch = ScratchFolder("damaged-body")

    /// Seeds written to a folder of their own, so reading one again finds it.
    func seeds(in folder: URL, titles: [String: String]) throws -> [Seed] {
        try titles.keys.sorted().map { id in
            let path = folder.appendingPathComponent("\(id).md").path
            let text = "---\ntitle: \(titles[id]!)\n---\n\n\(titles[id]!)的正文，談盧比歐與關稅。\n"
            try Disk.writeFile(Array(text.utf8), to: path)
            return Seed(id: id, path: path, format: .markdown, text: text)
        }
    }

    /// Cuts the Markdown off every stored document, keeping its record.
    func cutStoredBodies(_ cacheFolder: String) throws -> Int {
        let names = try #require(FileManager.default.enumerator(atPath: cacheFolder)).compactMap { $0 as? String }
        var cut = 0
        for name in names where name.contains("documents/") {
            guard let file = RecordFile(path: cacheFolder + "/" + name), let rest = file.rest(), !rest.isEmpty else { continue }
            try Disk.writeFile(RecordFile.bytes(record: file.record, rest: Array(rest.dropLast())), to: cacheFolder + "/" + name)
            cut += 1
        }
        return cut
    }

    /// Two seeds a1 and a2 built with a cache whose stored bodies are then cut; the seeds, the
    /// seed folder, and a build with that cache.
    func builtWithCutBodies() throws -> (seeds: [Seed], folder: URL, build: ([Seed]) throws -> DerivedKeysTests.Built) {
        let folder = try scratch.folder("seeds")
        let cacheFolder = try scratch.folder("cache").path
        let templates = try TemplateSet.read(folder: TestSupport.templatesFolder)
        let build = { (seeds: [Seed]) in
            try DerivedKeysTests.build(seeds, templates: templates, cache: ArticleCache(folder: cacheFolder, codeIdentity: "test"))
        }
        let first = try seeds(in: folder, titles: ["a1": "甲篇", "a2": "乙篇"])
        _ = try build(first)
        #expect(try cutStoredBodies(cacheFolder) == 2)
        return (first, folder, build)
    }

    @Test func aDamagedBodyIsReadFromTheSeedAgain() throws {
        let (_, folder, build) = try builtWithCutBodies()
        // A new neighbour makes a2's page render again, which needs its body.
        let next = try seeds(in: folder, titles: ["a1": "甲篇", "a2": "乙篇", "a3": "丙篇"])
        let clean = try DerivedKeysTests.build(next, templates: TemplateSet.read(folder: TestSupport.templatesFolder), cache: nil)
        #expect(try build(next).files == clean.files)
    }

    @Test func aSeedChangedDuringTheBuildIsAnErrorNotAWrongPage() throws {
        let (first, folder, build) = try builtWithCutBodies()
        // The build read the seeds as they were; on disk they have changed since.
        var planned = first
        _ = try seeds(in: folder, titles: ["a1": "甲篇", "a2": "改過的乙篇"])
        planned.append(contentsOf: try seeds(in: folder, titles: ["a3": "丙篇"]))
        #expect {
            try build(planned)
        } throws: { error in
            "\(error)".contains("a2.md") && "\(error)".contains("changed while the site was being built")
        }
    }
}
