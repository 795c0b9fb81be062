import BriefingCore
import BriefingReflow

/// A real raw seed cut into the parts synthetic articles are assembled from.
///
/// The seed is converted once to learn where its body starts and ends; the pages before the
/// body's first block (front matter) and from its last block on (closing matter) stay together,
/// and the whole body pages between them become interchangeable. Lines are kept exactly as
/// extracted, blank lines and page marks included, so the copies read like real extractions.
struct SeedAnatomy: Sendable {
    /// One whole body page; its first line has lost the space that marks a page start.
    struct Page: Sendable {
        var lines: [String]
        /// Page-bottom footnote bodies: such a page only moves whole, so its notes stay with their markers.
        var hasNoteBodies: Bool
    }

    var id: String
    var script: Script
    /// The title as the converter reads it, and the raw line indices it was read from (empty if none).
    var title: String
    var titleLines: [Int]
    var fullWidth: Double
    /// Raw lines of the front pages and of the closing pages, page marks included.
    var head: [String]
    var middle: [Page]
    var tail: [String]

    var canDonate: Bool { !titleLines.isEmpty }

    init(seed: Seed, detectScript: (String) -> Script) {
        let raw = seed.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lines = TextLine.scan(seed.text)
        let article = ArticleConverter.convert(seed, detectScript: detectScript).article
        id = seed.id
        script = article.metadata.script
        title = article.metadata.title
        titleLines = Self.titleLines(of: title, in: lines)
        fullWidth = PageGeometry(lines: lines).fullWidth

        let starts = [0] + lines.filter { $0.startsPage && $0.number > 1 }.map { $0.number - 1 }
        let pages = zip(starts, starts.dropFirst() + [raw.count]).map { $0..<$1 }
        func page(of line: Int) -> Int { pages.lastIndex { $0.lowerBound <= line - 1 } ?? 0 }
        let body = article.blocks.filter { $0.kind != .editorNote }
        let headEnd = body.first.map { page(of: $0.location.line) } ?? 0
        let tailStart = max(body.last.map { page(of: $0.location.line) } ?? pages.count, headEnd + 1)
        head = Array(raw[0..<pages[headEnd].upperBound])
        middle = pages[(headEnd + 1)..<min(tailStart, pages.count)].map { range in
            let lines = Array(raw[range])
            let hasNoteBodies = lines.contains { FootnoteMarker.noteStart($0.trimmingSpaces()) != nil }
            return Page(lines: Self.removingPageMark(lines), hasNoteBodies: hasNoteBodies)
        }
        tail = tailStart < pages.count ? Array(raw[pages[tailStart].lowerBound...]) : []
    }

    /// Up to three consecutive lines in the front matter that join to the converter's title.
    static func titleLines(of title: String, in lines: [TextLine]) -> [Int] {
        let wanted = FurnitureRule.comparable(title)
        for start in lines.indices.prefix(80) {
            for count in 1...3 where start + count <= lines.count {
                let run = lines[start..<(start + count)]
                guard !run.contains(where: \.isSpacer) else { break }
                if FurnitureRule.comparable(LineJoiner.join(run.map(\.content))) == wanted {
                    return run.map { $0.number - 1 }
                }
            }
        }
        return []
    }

    /// The page's lines with the odd leading space of its first line taken off.
    static func removingPageMark(_ lines: [String]) -> [String] {
        var lines = lines
        if let first = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }), lines[first].hasPrefix(" ") {
            lines[first].removeFirst()
        }
        return lines
    }

    /// The lines with a space before the first one that has text: the extraction's page start.
    static func addingPageMark(_ lines: [String]) -> [String] {
        var lines = lines
        if let first = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }) { lines[first] = " " + lines[first] }
        return lines
    }

    /// Runs of lines that end at a sentence end: the units paragraphs are shuffled in.
    static func chunks(of lines: [String]) -> [[String]] {
        var chunks: [[String]] = []
        var current: [String] = []
        for line in lines {
            current.append(line)
            if SentenceEnd.endsSentence(line.trimmingSpaces()) {
                chunks.append(current)
                current = []
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    static func hasMarker(_ lines: [String]) -> Bool {
        lines.contains { line in
            let characters = Array(line)
            return characters.indices.contains { FootnoteMarker.marker(in: characters, at: $0) != nil }
        }
    }
}
