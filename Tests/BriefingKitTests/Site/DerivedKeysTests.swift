import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Cache keys are derived from a page's inputs: a page's key takes in the templates it is
/// rendered with (and their partials), the settings, the gazetteer and its own listing or
/// article, and nothing else. Editing one template re-renders the pages that use it, and only
/// those; every warm build still equals a clean one.
struct DerivedKeysTests {
    let scratch = ScratchFolder("derived-keys")

    typealias Built = (files: [OutputFile], reused: Int)

    static func build(_ seeds: [Seed], templates: TemplateSet, cache: ArticleCache?) throws -> Built {
        var files: [OutputFile] = []
        let summary = try SiteBuilder.build(seeds: seeds, templates: templates, scripts: TestSupport.scripts,
                                            gazetteer: Gazetteer.read(folder: TestSupport.seedsFolder), cache: cache) { files.append($0) }
        return (files.sorted { $0.relativePath < $1.relativePath }, summary.reusedArticles)
    }

    /// The stored copy each page was linked from, by path.
    static func originals(_ files: [OutputFile]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: files.compactMap { file in file.original.map { (file.relativePath, $0) } })
    }

    static func kind(_ path: String) -> String {
        if path.hasPrefix("articles/") { return "article" }
        if path.hasPrefix("entities/") { return "entity" }
        if path.hasPrefix("authors/") { return "author" }
        if path.hasPrefix("tags/") || path.hasPrefix("sources/") { return "tag" }
        if path == "index.html" || path.hasPrefix("page/") { return "index" }
        return "other"
    }

    @Test(arguments: [
        ("tag", ["tag"]),
        ("author", ["author"]),
        ("entity", ["entity"]),
        ("article", ["article"]),
        ("pager", ["tag", "author", "entity", "index"]),
        ("header", ["article", "tag", "author", "entity", "index"]),
    ])
    func editingATemplateRerendersOnlyThePagesThatUseIt(template: String, affected: [String]) throws {
        let seeds = try TestSupport.realSeeds()
        let original = try TemplateSet.read(folder: TestSupport.templatesFolder)
        let cache = ArticleCache(folder: try scratch.folder().path, codeIdentity: "test")
        let before = try Self.build(seeds, templates: original, cache: cache)
        var edited = original
        edited.templates[template] = try #require(original.templates[template]) + "<!-- edited -->\n"
        let after = try Self.build(seeds, templates: edited, cache: cache)
        #expect(after.files == (try Self.build(seeds, templates: edited, cache: nil)).files)
        #expect(after.reused == (affected.contains("article") ? 0 : seeds.count))

        let old = Self.originals(before.files), new = Self.originals(after.files)
        var seen: Set<String> = []
        for (path, stored) in new {
            let kind = Self.kind(path)
            seen.insert(kind)
            if affected.contains(kind) {
                #expect(old[path] != stored, "\(path) should be rendered again after editing \(template)")
            } else {
                #expect(old[path] == stored, "\(path) should be reused after editing \(template)")
            }
        }
        #expect(seen.isSuperset(of: ["article", "entity", "author", "tag", "index"]))
    }

    /// The settings are shown by every page (site title, labels): editing them re-renders all.
    @Test func editingTheSettingsRerendersEveryPage() throws {
        let seeds = try TestSupport.realSeeds()
        let original = try TemplateSet.read(folder: TestSupport.templatesFolder)
        let cache = ArticleCache(folder: try scratch.folder().path, codeIdentity: "test")
        let before = Self.originals(try Self.build(seeds, templates: original, cache: cache).files)
        var edited = original
        edited.settingsYAML = original.settingsYAML.replacingOccurrences(of: "兩岸簡報文庫", with: "兩岸簡報")
        #expect(edited.settingsYAML != original.settingsYAML)
        let after = try Self.build(seeds, templates: edited, cache: cache)
        #expect(after.reused == 0)
        for (path, stored) in Self.originals(after.files) { #expect(before[path] != stored, "\(path)") }
    }

    @Test func aTemplatesClosureFollowsItsPartials() {
        let templates = ["a": "{{> b}} and {{>c}}", "b": "{{> d}}", "c": "plain", "d": "{{> a}}", "e": "unused"]
        #expect(TemplateSet.closure(of: ["a"], in: templates) == ["a", "b", "c", "d"])
        #expect(TemplateSet.closure(of: ["c", "missing"], in: templates) == ["c", "missing"])
        // Inheritance names its parent as a partial does.
        #expect(TemplateSet.closure(of: ["child"], in: ["child": "{{< base}}{{$x}}y{{/x}}{{/base}}", "base": "{{$x}}{{/x}}", "e": ""])
                == ["child", "base"])
        // With its delimiters changed, a template may name any other.
        #expect(TemplateSet.closure(of: ["odd"], in: ["odd": "{{=<% %>=}}<%> b%>", "b": "", "e": ""]) == ["odd", "b", "e"])
    }
}
