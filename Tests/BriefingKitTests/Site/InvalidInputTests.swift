import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// `Fixtures/Invalid/seeds` holds one bad input of each kind; `expected.txt` has the exact message
/// each must produce. A build reports all of them at once, and `--keep-going` builds the good seeds.
struct InvalidInputTests {
    static var folder: String { TestSupport.fixturesFolder.appendingPathComponent("Invalid/seeds").path }

    static func relative(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.description.replacingOccurrences(of: folder, with: "seeds") }.sorted()
    }

    static func build(keepGoing: Bool) throws -> (result: SiteBuilder.Result?, problems: [Diagnostic]) {
        let read = try SeedReader.readAll(folder: folder)
        do {
            let result = try SiteBuilder.build(seeds: read.seeds, templates: TemplateSet.read(folder: TestSupport.templatesFolder),
                                               scripts: TestSupport.scripts, keepGoing: keepGoing)
            return (result, read.problems)
        } catch {
            return (nil, read.problems + error.diagnostics)
        }
    }

    @Test func everyProblemIsReportedWithItsExactMessage() throws {
        let expected = try String(contentsOf: TestSupport.fixturesFolder.appendingPathComponent("Invalid/expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).sorted()
        let outcome = try Self.build(keepGoing: false)
        #expect(outcome.result == nil)
        #expect(Self.relative(outcome.problems) == expected)
    }

    @Test func keepGoingBuildsTheGoodSeedsAndReportsTheRestAsSkipped() throws {
        let outcome = try Self.build(keepGoing: true)
        let result = try #require(outcome.result)
        #expect(result.articleCount == 1)
        let paths = Set(result.files.map(\.relativePath))
        #expect(paths.contains("articles/first/index.html") && paths.contains("articles/third/index.html") == false)
        #expect(result.warnings.contains { $0.message.hasPrefix("skipped: slug `first` is already used") })
    }

    @Test func templateSyntaxErrorNamesTheTemplateAndLine() throws {
        var set = try TemplateSet.read(folder: TestSupport.templatesFolder)
        set.templates["article"] = "<article>\n<h1>{{title}}</h1>\n{{#rows}}\n<p>{{kind}}</p>\n"
        #expect {
            try TemplateRenderer(set)
        } throws: { error in
            let message = (error as? DiagnosticError)?.diagnostics.first?.description ?? ""
            return message.hasPrefix("\(TestSupport.templatesFolder)/article.mustache:") && message.contains("templates: template does not parse")
        }
    }

    @Test func seedTextCannotBecomeMarkupAnywhere() throws {
        let hostile = Seed(id: "hostile", path: "seeds/hostile.txt", format: .rawText, text: """
            <script>alert(1)</script>標題

            王小明

            正文"><img src=x onerror=alert(1)>與[連結](javascript:alert(1))和![圖](http://evil.example/x.png)以及<b>粗體</b>的內容在此，這是一段測試文字。

            """)
        let result = try SiteBuilder.build(seeds: [hostile], templates: TemplateSet.read(folder: TestSupport.templatesFolder),
                                           scripts: TestSupport.scripts)
        for file in result.files where [".html", ".json", ".xml"].contains(where: file.relativePath.hasSuffix) {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(file.relativePath)")
            #expect(!text.contains("<img src=x"), "\(file.relativePath)")
            #expect(!text.contains("href=\"javascript:"), "\(file.relativePath)")
            #expect(!text.contains("<b>粗體"), "\(file.relativePath)")
            #expect(!text.contains("<img"), "\(file.relativePath): seeds cannot add images (no third-party requests)")
        }
    }
}
