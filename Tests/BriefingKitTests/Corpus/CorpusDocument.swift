import Foundation
import Yams
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// One document of the development corpus (`Tests/Corpus/<id>/`): its two extracted forms, its
/// gold Markdown and the furniture lines its `source.yml` lists.
struct CorpusDocument {
    var id: String
    var pdftotext: String
    var seedForm: String
    var gold: GoldArticle
    var furniture: [String]

    static var folder: URL { TestSupport.repositoryRoot.appendingPathComponent("Tests/Corpus") }

    /// Every complete document folder, by name. A folder without its gold is not yet a document.
    /// `BRIEFING_CORPUS_ONLY=id,id` limits the set, to look at a few documents while working.
    static func all() throws -> [CorpusDocument] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let only = ProcessInfo.processInfo.environment["BRIEFING_CORPUS_ONLY"].map { Set($0.split(separator: ",").map(String.init)) }
        return try names.sorted().filter { only?.contains($0) ?? true }.compactMap { name in
            let base = folder.appendingPathComponent(name)
            let files = ["pdftotext.txt", "seed.txt", "gold.md", "source.yml"].map { base.appendingPathComponent($0) }
            guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
            let source = try Yams.load(yaml: try String(contentsOf: files[3], encoding: .utf8)) as? [String: Any] ?? [:]
            let furniture = (source["furniture"] as? [Any] ?? []).map { "\($0)" }
            return CorpusDocument(
                id: name, pdftotext: try String(contentsOf: files[0], encoding: .utf8),
                seedForm: try String(contentsOf: files[1], encoding: .utf8),
                gold: try GoldArticle(markdown: try String(contentsOf: files[2], encoding: .utf8), path: files[2].path),
                furniture: furniture)
        }
    }

    /// A raw-text seed of one form, named like the document so diagnostics say which.
    func seed(_ form: Extraction.Form) -> Seed {
        let file = form == .seed ? "seed.txt" : "pdftotext.txt"
        return Seed(id: id, path: "Tests/Corpus/\(id)/\(file)", format: .rawText, text: form == .seed ? seedForm : pdftotext)
    }
}

/// What a scored article consists of, from a gold file or from the converter.
struct GoldArticle {
    var title: String
    var authors: [String]
    var headings: [String]
    var paragraphs: [String]
    var footnotes: [String: String]

    /// Reads a gold Markdown file: front matter, then blocks separated by blank lines.
    init(markdown: String, path: String) throws {
        let seed = Seed(id: "gold", path: path, format: .markdown, text: markdown)
        let defaults = ArticleMetadata(title: "", slug: "gold", script: .traditional)
        let document = try MarkdownReader.document(from: seed, defaults: defaults)
        title = Self.normalised(document.metadata.title)
        authors = document.metadata.authors.map { Self.normalised($0.name) }
        headings = []
        paragraphs = []
        footnotes = [:]
        var lastNote: String?
        for block in document.body.components(separatedBy: "\n\n") {
            // Footnote definitions may follow each other without a blank line: one per `[^n]:` line.
            if block.hasPrefix("[^") {
                for line in block.split(separator: "\n") {
                    let text = Self.normalised(Self.unescaped(String(line)))
                    if let match = text.firstMatch(of: /^\[\^([^\]]+)\]:\s*/) {
                        lastNote = String(match.1)
                        footnotes[String(match.1)] = Self.normalised(String(text[match.range.upperBound...]))
                    } else if let lastNote {
                        footnotes[lastNote] = Self.normalised((footnotes[lastNote] ?? "") + text)
                    }
                }
                continue
            }
            let text = Self.normalised(Self.unescaped(block.replacingOccurrences(of: "\n", with: " ")))
            if text.isEmpty { continue }
            if text.hasPrefix("#") {
                headings.append(Self.normalised(String(text.drop { $0 == "#" })))
            } else {
                paragraphs.append(Self.withoutCallLabels(text.hasPrefix(">") ? Self.normalised(String(text.dropFirst())) : text))
            }
        }
    }

    /// The converter's article, in the same terms.
    init(article: Article) {
        title = Self.normalised(article.metadata.title)
        authors = article.metadata.authors.map { Self.normalised($0.name) }
        headings = []
        paragraphs = []
        for block in article.blocks {
            let text = Self.normalised(block.inlines.map { inline in
                switch inline {
                case .text(let text): text
                case .footnoteReference: "[^]"
                case .unresolvedMarker(let marker): marker
                }
            }.joined())
            if case .heading = block.kind { headings.append(text) } else { paragraphs.append(text) }
        }
        footnotes = Dictionary(article.footnotes.map { ($0.label, Self.normalised($0.text)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Trimmed, with runs of white space as one space. The ideographic space (U+3000) counts as
    /// white space: whether `第一章　總則` is set with a wide or a narrow space is typography. So is
    /// the gap between Chinese and Latin text (`SIGHAN 历年` or `SIGHAN历年`), which typesetters add
    /// or not: a space next to a CJK character is not compared.
    static func normalised(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{3000}" })
        var output = ""
        for word in words {
            if let last = output.last, let first = word.first, !CharacterClass.isCJK(last), !CharacterClass.isCJK(first) {
                output += " "
            }
            output += word
        }
        return output
    }

    /// Markdown's backslash escapes of ASCII punctuation undone, and `<url>` autolinks unwrapped.
    static func unescaped(_ text: String) -> String {
        text.replacing(/\\([!-\/:-@\[-`{-~])/) { String($0.1) }.replacing(/<(https?:[^>\s]+)>/) { String($0.1) }
    }

    /// Footnote calls as `[^]`: which number a call has is the footnote score's business.
    static func withoutCallLabels(_ text: String) -> String {
        text.replacing(/\[\^[^\]]+\]/) { _ in "[^]" }
    }
}
