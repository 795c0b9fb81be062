import Foundation

/// How close a conversion comes to its gold: the counts behind each figure the scorer reports.
struct CorpusScore: Codable, Equatable {
    var documents = 0
    var titles = 0
    var authorLists = 0
    var headingMatches = 0
    var goldHeadings = 0
    var outputHeadings = 0
    var exactParagraphs = 0
    var goldParagraphs = 0
    var mappedFootnotes = 0
    var goldFootnotes = 0
    var furnitureLeaks = 0

    /// Scores one conversion against its gold; `furniture` are the lines the source lists as such.
    init(output: GoldArticle, gold: GoldArticle, furniture: [String]) {
        documents = 1
        titles = output.title == gold.title ? 1 : 0
        authorLists = output.authors == gold.authors ? 1 : 0
        headingMatches = Self.multisetOverlap(output.headings, gold.headings)
        goldHeadings = gold.headings.count
        outputHeadings = output.headings.count
        exactParagraphs = Self.multisetOverlap(output.paragraphs, gold.paragraphs)
        goldParagraphs = gold.paragraphs.count
        goldFootnotes = gold.footnotes.count
        mappedFootnotes = gold.footnotes.filter { output.footnotes[$0.key] == $0.value }.count
        let outputBody = (output.headings + output.paragraphs + output.footnotes.values.sorted()).joined(separator: "\n")
        let goldBody = (gold.headings + gold.paragraphs + gold.footnotes.values.sorted()).joined(separator: "\n")
        for line in Set(furniture.map(GoldArticle.normalised)) where line.count >= 2 {
            furnitureLeaks += max(0, outputBody.occurrences(of: line) - goldBody.occurrences(of: line))
        }
    }

    init() {}

    static func + (left: CorpusScore, right: CorpusScore) -> CorpusScore {
        var sum = CorpusScore()
        sum.documents = left.documents + right.documents
        sum.titles = left.titles + right.titles
        sum.authorLists = left.authorLists + right.authorLists
        sum.headingMatches = left.headingMatches + right.headingMatches
        sum.goldHeadings = left.goldHeadings + right.goldHeadings
        sum.outputHeadings = left.outputHeadings + right.outputHeadings
        sum.exactParagraphs = left.exactParagraphs + right.exactParagraphs
        sum.goldParagraphs = left.goldParagraphs + right.goldParagraphs
        sum.mappedFootnotes = left.mappedFootnotes + right.mappedFootnotes
        sum.goldFootnotes = left.goldFootnotes + right.goldFootnotes
        sum.furnitureLeaks = left.furnitureLeaks + right.furnitureLeaks
        return sum
    }

    var titleRate: Double { Self.rate(titles, documents) }
    var authorRate: Double { Self.rate(authorLists, documents) }
    var paragraphRate: Double { Self.rate(exactParagraphs, goldParagraphs) }
    var footnoteRate: Double { Self.rate(mappedFootnotes, goldFootnotes) }
    /// Heading F1; a document with no headings and none found scores 1.
    var headingF1: Double {
        guard goldHeadings + outputHeadings > 0 else { return 1 }
        return 2 * Double(headingMatches) / Double(goldHeadings + outputHeadings)
    }

    /// The figures the ratchet keeps, by name.
    var figures: [String: Double] {
        ["title": titleRate, "authors": authorRate, "headingF1": headingF1, "paragraphs": paragraphRate,
         "footnotes": footnoteRate]
    }

    var row: String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        return "title \(titles)/\(documents)  authors \(authorLists)/\(documents)  headings F1 \(String(format: "%.2f", headingF1)) (\(headingMatches)/\(goldHeadings) gold, \(outputHeadings) found)"
            + "  paragraphs \(percent(paragraphRate)) (\(exactParagraphs)/\(goldParagraphs))  footnotes \(percent(footnoteRate)) (\(mappedFootnotes)/\(goldFootnotes))  furniture leaks \(furnitureLeaks)"
    }

    private static func rate(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    /// How many items the two lists share, counting repeats.
    private static func multisetOverlap(_ left: [String], _ right: [String]) -> Int {
        var counts: [String: Int] = [:]
        for item in right { counts[item, default: 0] += 1 }
        var shared = 0
        for item in left where (counts[item] ?? 0) > 0 {
            counts[item]! -= 1
            shared += 1
        }
        return shared
    }
}

private extension String {
    func occurrences(of needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return components(separatedBy: needle).count - 1
    }
}
