import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// `serve` is `build` in a loop: one cache kept across any number of rebuilds, read from the
/// folders the same way (`SiteInputs`), must give what a clean build gives every time, reuse what
/// an earlier rebuild stored, and keep no more entries than a cache made by one build.
struct RebuildLoopTests {
    let scratch = ScratchFolder("rebuild-loop")

    /// A seeds folder and a templates folder of the project's own, to edit.
    func folders() throws -> (seeds: URL, templates: URL) {
        let root = try scratch.folder()
        let seeds = root.appendingPathComponent("seeds"), templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: TestSupport.seedsFolder, toPath: seeds.path)
        try FileManager.default.copyItem(atPath: TestSupport.templatesFolder, toPath: templates.path)
        return (seeds, templates)
    }

    static func build(_ folders: (seeds: URL, templates: URL), cache: ArticleCache?) throws -> [OutputFile] {
        var files: [OutputFile] = []
        let inputs = try SiteInputs.read(seeds: folders.seeds.path, templates: folders.templates.path, baseURL: nil)
        _ = try SiteBuilder.build(inputs, scripts: TestSupport.scripts, cache: cache) { files.append($0) }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    static func entries(in cache: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: cache.path)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: cache.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue {
                names.append(name)
            }
        }
        return names.sorted()
    }

    static func inode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int
    }

    @Test func everyRebuildWithOneCacheEqualsACleanBuild() throws {
        let folders = try folders()
        let cacheFolder = try scratch.folder("cache")
        let cache = ArticleCache(folder: cacheFolder.path, codeIdentity: "test")
        let seed = folders.seeds.appendingPathComponent("001_028ffaec0f3ec37e.txt")
        let original = try String(contentsOf: seed, encoding: .utf8)
        let layout = folders.templates.appendingPathComponent("layout.mustache")
        let originalLayout = try String(contentsOf: layout, encoding: .utf8)
        let added = folders.seeds.appendingPathComponent("zz-new.md")
        let edits: [(String, () throws -> Void)] = [
            ("nothing", {}),
            ("a seed edited", { try original.replacingOccurrences(of: "石破茂與川普的關鍵會談", with: "石破茂與川普的重要會談")
                .write(to: seed, atomically: true, encoding: .utf8) }),
            ("a seed added", { try "---\ntitle: 新的簡報\n---\n\n盧比歐與石破茂會談。\n".write(to: added, atomically: true, encoding: .utf8) }),
            ("a template edited", { try originalLayout.replacingOccurrences(of: "{{> footer}}", with: "{{> footer}}<!-- edited -->")
                .write(to: layout, atomically: true, encoding: .utf8) }),
            ("the seed removed", { try FileManager.default.removeItem(at: added) }),
            ("all undone", {
                try original.write(to: seed, atomically: true, encoding: .utf8)
                try originalLayout.write(to: layout, atomically: true, encoding: .utf8)
            }),
            ("nothing again", {}),
        ]
        #expect(originalLayout.contains("{{> footer}}"))
        _ = try Self.build(folders, cache: cache)
        for (what, edit) in edits {
            try edit()
            let rebuilt = try Self.build(folders, cache: cache)
            let clean = try Self.build(folders, cache: nil)
            #expect(rebuilt.map(\.relativePath) == clean.map(\.relativePath), "after \(what)")
            for (left, right) in zip(rebuilt, clean) where left != right {
                Issue.record("\(left.relativePath) differs from a clean build after \(what)")
            }
        }
        // Pruned after every rebuild: no more entries than one build into a new cache leaves.
        let fresh = try scratch.folder("fresh")
        _ = try Self.build(folders, cache: ArticleCache(folder: fresh.path, codeIdentity: "test"))
        #expect(Self.entries(in: cacheFolder) == Self.entries(in: fresh))
    }

    /// A list page stored by one rebuild is found by the next, not made and stored again (its
    /// stored file keeps its inode): the stamps of stored list pages are read at every build.
    @Test func listPagesStoredByOneRebuildAreReusedByTheNext() throws {
        let folders = try folders()
        let cache = ArticleCache(folder: try scratch.folder("cache").path, codeIdentity: "test")
        let first = try Self.build(folders, cache: cache)
        let second = try Self.build(folders, cache: cache)
        let third = try Self.build(folders, cache: cache)
        let lists = second.filter { ($0.relativePath.hasPrefix("entities/") && $0.relativePath != "entities/index.html") || $0.relativePath == "index.html" }
        #expect(lists.count > 3)
        for file in lists {
            let stored = try #require(file.original, "\(file.relativePath) is not linked from the cache")
            let before = first.first { $0.relativePath == file.relativePath }?.original
            let after = third.first { $0.relativePath == file.relativePath }?.original
            #expect(before == stored && after == stored, "\(file.relativePath)")
        }
        // Neither the second nor the third rebuild wrote them anew.
        let inodes = lists.compactMap { $0.original.flatMap(Self.inode) }
        _ = try Self.build(folders, cache: cache)
        #expect(lists.compactMap { $0.original.flatMap(Self.inode) } == inodes)
        #expect(inodes.count == lists.count)
    }

    /// `base_url` in site.yml is read by every build path, not only by the `build` command.
    @Test func theBaseURLOfTheSettingsFileIsUsed() throws {
        let folders = try folders()
        let settings = folders.templates.appendingPathComponent("site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        #expect(text.contains("\nbase_url:\n"))
        try text.replacingOccurrences(of: "\nbase_url:\n", with: "\nbase_url: https://example.org/archive/\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        let files = try Self.build(folders, cache: nil)
        let feed = try #require(files.first { $0.relativePath == "feed.xml" })
        #expect(String(decoding: feed.contents, as: UTF8.self).contains("https://example.org/archive/"))
        #expect(files.contains { $0.relativePath == "sitemap.xml" })
    }
}
