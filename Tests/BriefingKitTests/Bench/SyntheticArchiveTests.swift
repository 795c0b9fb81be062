import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Synthetic seeds are reproducible, cover both scripts, and convert like real extractions:
/// the converter finds their new titles and resolves their page-bottom footnotes.
struct SyntheticArchiveTests {
    static func archive(seed: UInt64 = 1) throws -> SyntheticArchive {
        try SyntheticArchive(seeds: TestSupport.realSeeds(), seed: seed, detectScript: TestSupport.scripts.detectScript(of:))
    }

    static func asSeed(_ article: SyntheticSeed) -> Seed {
        let id = String(article.fileName.dropLast(".txt".count))
        return Seed(id: id, path: "synth/\(article.fileName)", format: .rawText, text: article.text)
    }

    @Test func sameSeedGivesByteIdenticalArticles() throws {
        let first = try SyntheticArchive.generate(from: TestSupport.realSeeds(), count: 12, seed: 7,
                                                  detectScript: TestSupport.scripts.detectScript(of:))
        let second = try SyntheticArchive.generate(from: TestSupport.realSeeds(), count: 12, seed: 7,
                                                   detectScript: TestSupport.scripts.detectScript(of:))
        #expect(first == second)
        #expect(Set(first.map(\.fileName)).count == 12)
        #expect(first.allSatisfy { $0.fileName.range(of: #"^[0-9]{6}_[0-9a-f]{16}\.txt$"#, options: .regularExpression) != nil })
        let other = try Self.archive(seed: 8)
        #expect(zip(first, (0..<12).map(other.article)).contains { $0.text != $1.text })
    }

    @Test func largerRunStartsWithTheSmallerOne() throws {
        let archive = try Self.archive()
        let small = try SyntheticArchive.generate(from: TestSupport.realSeeds(), count: 5, seed: 1,
                                                  detectScript: TestSupport.scripts.detectScript(of:))
        #expect(small == (0..<5).map(archive.article))
    }

    @Test func alternatesScriptsAndKeepsEachTitleReadable() throws {
        let archive = try Self.archive()
        let articles = (0..<20).map(archive.article)
        #expect(articles.filter { $0.script == .traditional }.count == 10)
        #expect(articles.filter { $0.script == .simplified }.count == 10)
        for article in articles {
            let conversion = TestSupport.convert(Self.asSeed(article))
            #expect(conversion.article.metadata.script == article.script, "\(article.fileName)")
            #expect(conversion.article.metadata.title == article.title, "\(article.fileName)")
        }
    }

    @Test func footnotesResolveInAConvertedArticle() throws {
        let archive = try Self.archive()
        let donor = "004_730b5a91600a779f"
        let article = try #require((0..<40).map(archive.article).first { $0.donor == donor })
        let loaded = try DocumentLoader.load(Self.asSeed(article), scripts: TestSupport.scripts)
        let converted = TestSupport.convert(Self.asSeed(article)).article
        #expect(converted.footnotes.count >= 10)
        let labels = Set(converted.footnotes.map(\.label))
        let references = converted.blocks.flatMap(\.inlines).compactMap { inline -> String? in
            if case .footnoteReference(let label, _) = inline { return label } else { return nil }
        }
        #expect(Set(references) == labels)
        #expect(!loaded.warnings.contains { $0.message.contains("never referenced") || $0.message.contains("no note body") })
        let markdown = MarkdownWriter.file(for: loaded.document)
        #expect(markdown.contains("[^1]:") && markdown.contains("[^\(converted.footnotes.count)]:"))
    }

    @Test func rejectsSeedsWithoutATitle() {
        #expect(throws: DiagnosticError.self) {
            try SyntheticArchive(seeds: [TestSupport.rawSeed(["只有一行。"])], seed: 1, detectScript: { _ in .simplified })
        }
    }
}
