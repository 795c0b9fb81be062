import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct FrontMatterCodecTests {
    static let sample = ArticleMetadata(
        title: "標題：含冒號 # 與 \"引號\"", slug: "sample", script: .traditional,
        authors: [Author(name: "李明峻", affiliation: "研究院")], source: Source(publication: "遠景論壇", issue: "2025年第3期"),
        abstract: "摘要", keywords: ["美國"], tags: ["川普"], imageCredit: "美聯社",
        english: EnglishMetadata(title: "Title", authors: ["A B"], abstract: "Text", keywords: ["k"]))

    @Test func writtenFrontMatterReadsBackUnchanged() throws {
        let yaml = FrontMatterCodec.yaml(for: Self.sample)
        let blank = ArticleMetadata(title: "x", slug: "x", script: .simplified)
        #expect(try FrontMatterCodec.apply(yaml, to: blank, path: "a.md") == Self.sample)
    }

    @Test func sidecarOverridesOnlyTheFieldsItNames() throws {
        let result = try FrontMatterCodec.apply("date: 2025-02-10\nslug: rubio-call\n", to: Self.sample, path: "seeds/a.yml")
        #expect(result.date == "2025-02-10")
        #expect(result.slug == "rubio-call")
        #expect(result.title == Self.sample.title)
    }

    @Test func unknownFieldsAndUnsafeValuesAreReportedWithTheFile() {
        #expect {
            try FrontMatterCodec.apply("titel: x\nslug: ../../etc\n", to: Self.sample, path: "seeds/a.yml")
        } throws: { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.description) ?? []
            return messages.count == 2
                && messages[0].hasPrefix("seeds/a.yml: markdown: unknown front-matter field `titel`")
                && messages[1].hasPrefix("seeds/a.yml: markdown: field `slug` must be lower-case letters")
        }
    }
}
