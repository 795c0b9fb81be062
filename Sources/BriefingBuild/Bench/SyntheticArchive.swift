import BriefingCore
import BriefingReflow

/// The two halves of a real title that new titles are combined from.
struct TitleHalves: Sendable {
    var head: String
    var tail: String
}

/// Raw seeds for scale runs, assembled deterministically from the real ones.
///
/// Takes the real raw-text seeds, a run seed and a script detector; article `index` depends only
/// on those and `index`, so the same inputs give byte-identical files, and the first N articles
/// of a larger run equal those of a smaller one. Each article wears the front and closing matter
/// of a real seed of its script (title, by-line, affiliation, abstract, editor's note, hashtags,
/// publisher footer) under a new title made of two titles' halves and a number, with whole body
/// pages drawn from all seeds of that script: pages with page-bottom footnotes move whole, the
/// others have their paragraphs shuffled and some swapped with other seeds' paragraphs. Articles
/// alternate between Traditional and Simplified. Rejects input with no seed whose title it can find.
public struct SyntheticArchive: Sendable {
    let runSeed: UInt64
    let scripts: [Script]
    let donors: [Script: [SeedAnatomy]]
    let pages: [Script: [SeedAnatomy.Page]]
    let paragraphs: [Script: [[String]]]
    let titleHalves: [Script: [TitleHalves]]
    /// Every real title, compared as running headers are, to retitle running headers.
    let knownTitles: Set<String>

    public init(seeds: [Seed], seed: UInt64, detectScript: (String) -> Script) throws(DiagnosticError) {
        let anatomies = seeds.filter { $0.format == .rawText }.map { SeedAnatomy(seed: $0, detectScript: detectScript) }
        runSeed = seed
        let donors = Dictionary(grouping: anatomies.filter(\.canDonate), by: \.script)
        self.donors = donors
        scripts = Script.allCases.filter { donors[$0] != nil }
        guard !scripts.isEmpty else {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: seeds.first?.path ?? "seeds"),
                "no raw-text seed with a title the converter finds; synthetic articles are made from such seeds")])
        }
        var pages: [Script: [SeedAnatomy.Page]] = [:]
        for anatomy in anatomies { pages[anatomy.script, default: []] += anatomy.middle }
        self.pages = pages
        paragraphs = pages.mapValues { pages in
            pages.filter { !$0.hasNoteBodies }.flatMap { SeedAnatomy.chunks(of: $0.lines) }.filter { !SeedAnatomy.hasMarker($0) }
        }
        titleHalves = donors.mapValues { $0.map { Self.halves(of: $0.title) } }
        knownTitles = Set(anatomies.map { FurnitureRule.comparable($0.title) })
    }

    /// The first `count` articles.
    public static func generate(from seeds: [Seed], count: Int, seed: UInt64,
                                detectScript: (String) -> Script) throws(DiagnosticError) -> [SyntheticSeed] {
        let archive = try SyntheticArchive(seeds: seeds, seed: seed, detectScript: detectScript)
        return (0..<count).map(archive.article)
    }

    /// Article number `index` (0-based) of this run.
    public func article(_ index: Int) -> SyntheticSeed {
        var random = SplitMix64(seed: runSeed, stream: UInt64(index))
        let fileName = Self.number(index) + "_" + random.hex() + ".txt"
        let script = scripts[index % scripts.count]
        let donor = random.pick(donors[script]!)
        let halves = titleHalves[script]!
        let head = random.pick(halves).head
        let tail = random.pick(halves).tail + "（\(index + 1)）"
        let title = head + tail
        // Too wide for one line of the donor's measure: wrapped at the joint, as journals wrap titles.
        let titleText = CharacterClass.width(of: title) > donor.fullWidth - 4 ? [head, tail] : [title]

        var lines = retitled(donor.head, titleLines: donor.titleLines, with: titleText)
        let pool = pages[script] ?? []
        let pageCount = donor.middle.isEmpty ? 0 : min(pool.count, max(1, donor.middle.count - 1 + random.below(3)))
        // Drawn without replacement: a page printed twice would make every short line of it look
        // like a running header.
        var order = Array(pool.indices)
        random.shuffle(&order)
        for page in order.prefix(pageCount).map({ pool[$0] }) {
            let body = page.hasNoteBodies ? page.lines : remixed(page.lines, script: script, random: &random)
            lines += SeedAnatomy.addingPageMark(body)
        }
        lines += donor.tail
        let text = lines.map { retitledRunningHeader($0, title: title) }.joined(separator: "\n")
        return SyntheticSeed(fileName: fileName, text: text, title: LineJoiner.join(titleText), script: script, donor: donor.id)
    }

    /// A page's paragraphs in a new order, about one in four replaced by a paragraph from another page.
    private func remixed(_ lines: [String], script: Script, random: inout SplitMix64) -> [String] {
        var chunks = SeedAnatomy.chunks(of: lines)
        let others = paragraphs[script] ?? []
        for index in chunks.indices where !others.isEmpty && random.below(4) == 0
            && !SeedAnatomy.hasMarker(chunks[index]) {
            chunks[index] = random.pick(others)
        }
        random.shuffle(&chunks)
        return chunks.flatMap { $0 }
    }

    /// The donor's front pages with its title lines replaced, keeping their page mark and footnote markers.
    private func retitled(_ head: [String], titleLines: [Int], with title: [String]) -> [String] {
        guard let first = titleLines.first else { return head }
        let indent = String(head[first].prefix { $0 == " " })
        let trailing = head[first].hasSuffix(" ") ? " " : ""
        let markers = titleLines.map { Self.trailingMarkers(of: head[$0]) }.joined()
        var lines = head
        let replacement = title.enumerated().map { offset, line in
            (offset == 0 ? indent : "") + line + (offset == title.count - 1 ? markers : "") + trailing
        }
        lines.replaceSubrange(first...titleLines.last!, with: replacement)
        return lines
    }

    /// A running header that repeats any real title now repeats this article's title.
    private func retitledRunningHeader(_ line: String, title: String) -> String {
        let content = line.trimmingSpaces()
        guard !content.isEmpty, knownTitles.contains(FurnitureRule.comparable(content)),
              FootnoteMarker.trailingMarkerRange(in: Substring(content)) == nil else { return line }
        return String(line.prefix { $0 == " " }) + title
    }

    /// A title cut at the joint nearest its middle: after a colon, or before 對/对, 與/与, 的 or 和.
    static func halves(of title: String) -> TitleHalves {
        let characters = Array(title)
        let middle = characters.count / 2
        var best: Int?
        for (index, character) in characters.enumerated() where index > 0 && index < characters.count - 1 {
            let cut = "：:".contains(character) ? index + 1 : ("對对與与的和".contains(character) ? index : nil)
            if let cut, best.map({ abs(cut - middle) < abs($0 - middle) }) ?? true { best = cut }
        }
        let cut = best ?? middle
        return TitleHalves(head: String(characters[..<cut]), tail: String(characters[cut...]))
    }

    static func trailingMarkers(of line: String) -> String {
        var content = Substring(line.trimmingSpaces())
        var markers = ""
        while let start = FootnoteMarker.trailingMarkerRange(in: content.dropLastSpaces()) {
            let trimmed = content.dropLastSpaces()
            markers = " " + trimmed[start...] + markers
            content = trimmed[..<start]
        }
        return markers
    }

    static func number(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
