import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// The converter on the development corpus (`Tests/Corpus/`): both extracted forms of each
/// document against its gold, per document and in total. The totals may not fall below the last
/// recorded ones (`Tests/Corpus/ratchet.json`); `BRIEFING_RECORD_CORPUS=1` records the current
/// totals there after an improvement (review the diff: a figure should only go up).
struct CorpusScoreTests {
    static let recording = ProcessInfo.processInfo.environment["BRIEFING_RECORD_CORPUS"] == "1"
    static var ratchetFile: URL { CorpusDocument.folder.appendingPathComponent("ratchet.json") }

    static func convert(_ seed: Seed) -> Article {
        ArticleConverter.convert(seed, detectScript: TestSupport.scripts.detectScript(of:)).article
    }

    @Test func seedFormIsTheDocumentedTransformation() throws {
        for document in try CorpusDocument.all() {
            #expect(Extraction.seedForm(document.pdftotext) == document.seedForm,
                    "Tests/Corpus/\(document.id)/seed.txt is not make-seed-form.py's output of pdftotext.txt")
            #expect(Extraction.form(of: document.pdftotext) == .pdftotext, "\(document.id): pdftotext.txt not recognised")
            #expect(Extraction.form(of: document.seedForm) == .seed, "\(document.id): seed.txt not recognised")
        }
    }

    @Test func bothFormsGiveTheSameMarkdown() throws {
        for document in try CorpusDocument.all() {
            let markdown = [Extraction.Form.seed, .pdftotext].map { form in
                MarkdownWriter.file(for: MarkdownWriter.document(for: Self.convert(document.seed(form)), sourcePath: document.id))
            }
            #expect(markdown[0] == markdown[1], "\(GoldenDiff.firstDifference(expected: markdown[0], actual: markdown[1], file: document.id + " (pdftotext form)"))")
            for text in markdown {
                #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0xE000...0xF8FF).contains($0.value) || $0.value >= 0xF0000 },
                        "\(document.id): a control or private-use character reached the Markdown")
            }
        }
    }

    @Test func totalsHoldTheRatchet() throws {
        let documents = try CorpusDocument.all()
        try #require(!documents.isEmpty, "no corpus documents under Tests/Corpus")
        var totals: [Extraction.Form: CorpusScore] = [:]
        var report = "Development corpus, \(documents.count) documents\n"
        for document in documents {
            for form in [Extraction.Form.seed, .pdftotext] {
                let score = CorpusScore(output: GoldArticle(article: Self.convert(document.seed(form))), gold: document.gold,
                                        furniture: document.furniture)
                totals[form] = (totals[form] ?? CorpusScore()) + score
                if form == .seed { report += "  \(document.id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(score.row)\n" }
            }
        }
        for form in [Extraction.Form.seed, .pdftotext] {
            report += "TOTAL \(form == .seed ? "seed form     " : "pdftotext form") \(totals[form]!.row)\n"
        }
        print(report)
        let seedTotal = totals[.seed]!
        if Self.recording {
            var recorded = seedTotal.figures.mapValues { ($0 * 1000).rounded(.down) / 1000 }
            recorded["furnitureLeaks"] = Double(seedTotal.furnitureLeaks)
            recorded["documents"] = Double(seedTotal.documents)
            let data = try JSONSerialization.data(withJSONObject: recorded, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: Self.ratchetFile)
            return
        }
        let recorded = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.ratchetFile)) as? [String: Double] ?? [:]
        for form in [Extraction.Form.seed, .pdftotext] {
            let total = totals[form]!
            for (name, value) in total.figures {
                let floor = recorded[name] ?? 0
                #expect(value >= floor, "\(form): \(name) fell to \(String(format: "%.3f", value)) below the recorded \(floor)")
            }
            #expect(Double(total.furnitureLeaks) <= recorded["furnitureLeaks"] ?? 0,
                    "\(form): \(total.furnitureLeaks) furniture leaks, more than the recorded \(recorded["furnitureLeaks"] ?? 0)")
        }
        #expect(Double(seedTotal.documents) == recorded["documents"],
                "the corpus has \(seedTotal.documents) documents but the ratchet was recorded on \(recorded["documents"] ?? 0); record it again")
    }
}
