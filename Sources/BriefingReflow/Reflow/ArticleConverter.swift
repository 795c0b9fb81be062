import BriefingCore

/// The result of converting one raw seed: the article, what was dropped on purpose, and warnings.
public struct Conversion: Sendable {
    public var article: Article
    public var dropped: [DroppedText]
    public var diagnostics: [Diagnostic]
}

/// Converts raw PDF-extracted text into an `Article` with general layout rules.
///
/// Takes a raw-text `Seed` and a script detector; returns the article plus the text it removed as
/// page furniture or duplicate material, and warnings (for example a footnote marker with no body).
/// It never fails: text it cannot place stays in the body, and a missing title falls back to the slug.
public struct ArticleConverter {
    let seed: Seed
    /// The seed's lines; footnote calls printed as superscripts are rewritten in place as markers.
    var lines: [TextLine]
    let geometry: PageGeometry
    var trace = ReflowTrace()
    var draft = MetadataDraft()
    /// Indices of lines that are furniture or metadata, not body.
    var consumed: Set<Int> = []
    var markers = MarkerLedger()
    /// Dated records, provenance lines and notes set aside at the head of the first page.
    var frontRecords: Set<Int> = []

    init(seed: Seed) {
        self.seed = seed
        let (visible, removal) = InvisibleCharacters.strip(seed.text, keepingFormFeeds: true)
        let (repaired, misread) = MisreadPunctuation.repair(visible)
        lines = TextLine.scan(repaired).map { line in
            var line = line
            line.content = NoteCallRule.normalized(line.content)
            return line
        }
        geometry = PageGeometry(lines: lines)
        trace.diagnostics += InvisibleCharacters.warning(removal, in: seed.path, stage: .reflow)
        if misread > 0 {
            trace.diagnostics.append(.warning(.reflow, at: SourceLocation(file: seed.path),
                "\(misread) punctuation marks read as Yi syllables (a PDF font's GB codes, e.g. ꎬ for ，) were put back"))
        }
    }

    public static func convert(_ seed: Seed, detectScript: (String) -> Script) -> Conversion {
        var converter = ArticleConverter(seed: seed)
        return converter.run(detectScript: detectScript)
    }

    mutating func run(detectScript: (String) -> Script) -> Conversion {
        markPatternFurniture()
        markFrontProvenance()
        let englishStart = readEnglishBackMatter() ?? lines.count
        let notesStart = findNotesHeading(before: englishStart)
        let bodyStart = readFrontMatter()
        // A signature may repeat (covering letter and measures); it is read before repeats count as running heads.
        readSignatures(from: bodyStart)
        readJournalLabels(from: bodyStart)
        markRunningHeaders(from: bodyStart)
        readPageFootnotes(from: bodyStart)
        joinSplitSectionNumbers(from: bodyStart)
        readCaptions(from: bodyStart)
        // A short or damaged text can put its notes heading or English back matter inside what
        // reads as front matter; the body is then empty rather than a reversed range.
        let backMatterStart = max(notesStart ?? englishStart, bodyStart)
        let closingStart = readClosingMatter(from: bodyStart, before: backMatterStart)
        let bodyEnd = max(bodyStart, min(closingStart.bodyEnd, backMatterStart))
        var assembler = BodyAssembler(converter: self)
        let body = assembler.assemble(range: bodyStart..<bodyEnd, editorNote: closingStart.editorNote)
        self = assembler.converter
        reportGuessedJoins(assembler.guessedJoins)
        if let notesStart { readEndnotes(in: (notesStart + 1)..<englishStart) }
        dropDuplicateBlurb(closingStart.blurbCandidates, body: body)
        let footnotes = resolveFootnotes()
        let levels = HeadingRule.levels(for: Set(body.compactMap { if case .numberedHeading(let style) = $0.kind { return style } else { return nil } }))
        let blocks = body.map { unit in
            let level: Int
            if case .numberedHeading(let style) = unit.kind { level = levels[style] ?? 2 } else { level = 2 }
            return unit.block(level: level, resolving: markers)
        }
        let slug = Self.slug(for: seed.id)
        let script = detectScript(blocks.map(\.plainText).joined() + (draft.title ?? ""))
        if draft.title == nil {
            trace.diagnostics.append(.warning(.reflow, at: SourceLocation(file: seed.path), "no title line found; using the file name"))
        }
        let article = Article(metadata: draft.metadata(slug: slug, script: script), blocks: blocks, footnotes: footnotes)
        return Conversion(article: article, dropped: trace.dropped, diagnostics: trace.diagnostics)
    }

    /// Paragraph boundaries the text cannot settle: a line that ends a sentence and fills the
    /// measure may or may not end its paragraph (the extraction keeps no indent). Said once per
    /// seed, with the first lines to check, when there are any.
    private mutating func reportGuessedJoins(_ lineNumbers: [Int]) {
        guard let first = lineNumbers.first else { return }
        let shown = lineNumbers.prefix(5).map(String.init).joined(separator: ", ")
        let more = lineNumbers.count > 5 ? " and \(lineNumbers.count - 5) more" : ""
        trace.diagnostics.append(.warning(.reflow, at: SourceLocation(file: seed.path, line: first),
            "\(Self.reviewPrefix) \(lineNumbers.count) paragraph boundaries are guesses: a full line ending a sentence was "
            + "joined to the next (lines \(shown)\(more)); to split one, convert the seed to \(seed.id).md, which is read "
            + "instead of the text, and put a blank line there"))
    }

    func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: seed.path, line: index < lines.count ? lines[index].number : 0)
    }

    /// A URL-safe slug from the seed's file name: lower-case ASCII letters, digits and hyphens.
    package static func slug(for id: String) -> String {
        var slug = ""
        for character in id.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if slug.last != "-", !slug.isEmpty {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "article" : slug
    }

    /// Page numbers and issue lines, wherever they stand.
    mutating func markPatternFurniture() {
        for (index, line) in lines.enumerated() where !line.isSpacer {
            if FurnitureRule.isPageNumber(line.content) {
                consumed.insert(index)
                trace.drop(line, .pageNumber)
            } else if FurnitureRule.isLicenceLine(line.content) {
                consumed.insert(index)
                trace.drop(line, .organisationFooter)
            } else if let issue = FurnitureRule.issue(in: line.content) {
                consumed.insert(index)
                if draft.issue == nil { draft.issue = issue } else { trace.drop(line, .issueLine) }
            }
        }
    }

    /// Provenance lines, dated records and bracketed notes at the head of the first page, above
    /// its first full line of text: where and when the text appeared is not its title or by-line.
    mutating func markFrontProvenance() {
        var recordGoesOn = false
        for index in lines.indices where !lines[index].isSpacer && !consumed.contains(index) {
            let line = lines[index]
            // A dated record of adoption or delivery may fill the line and wrap onto the next.
            // A record that fills its line goes on for one more line at most.
            if recordGoesOn || FrontLineRule.isDatedRecord(line.content), index == 0 || !line.startsPage {
                consumed.insert(index)
                frontRecords.insert(index)
                trace.drop(line, .masthead)
                recordGoesOn = !recordGoesOn && line.width >= geometry.fullWidth * 0.9
                continue
            }
            recordGoesOn = false
            if index > 0, line.startsPage || line.width >= geometry.fullWidth * 0.9 { break }
            if FrontLineRule.isProvenance(line.content) {
                consumed.insert(index)
                frontRecords.insert(index)
                if draft.date == nil { draft.date = FrontLineRule.statedDate(in: line.content) }
                if draft.publication == nil, let outlet = FrontLineRule.outlet(in: line.content) { draft.publication = outlet }
                trace.drop(line, .masthead)
            } else if FrontLineRule.isRedHead(line.content) {
                consumed.insert(index)
                if draft.publication == nil { draft.publication = line.content }
                trace.drop(line, .masthead)
            } else if FrontLineRule.isBracketedNote(line.content), HeadingRule.numberedStyle(of: line.content) == nil {
                consumed.insert(index)
                frontRecords.insert(index)
                trace.drop(line, .label)
            }
        }
    }

    /// Lines after the front matter that repeat the title or recur as short non-sentences.
    mutating func markRunningHeaders(from bodyStart: Int) {
        let title = draft.title.map(FurnitureRule.comparable)
        // Each line's comparable form once: it is the costly part, and both passes need it.
        let candidates = (bodyStart..<lines.count).filter { !consumed.contains($0) && !lines[$0].isSpacer }
        let keys = candidates.map { FurnitureRule.comparable(lines[$0].content) }
        var counts: [String: Int] = [:]
        counts.reserveCapacity(keys.count)  // grown a line at a time, it rehashed every key again and again
        for key in keys { counts[key, default: 0] += 1 }
        let edgePages = pagesAtEdges(of: candidates, keys: keys)
        let pageCount = lines.reduce(1) { $1.startsPage ? $0 + 1 : $0 }
        for (index, key) in zip(candidates, keys) {
            let line = lines[index]
            let repeated = (counts[key] ?? 0) >= 2 && geometry.isHeadingWidth(line)
                && !SentenceEnd.endsWithPunctuation(line.content) && HeadingRule.numberedStyle(of: line.content) == nil
                && FurnitureRule.hashtags(in: line.content) == nil
            // A line at the top or foot of many pages is a running head or footer, whatever its shape.
            let pages = edgePages[key]?.count ?? 0
            let marginal = pages >= 3 && Double(pages) >= Double(pageCount) * 0.4 && key.count >= 4
            if key == title || repeated || marginal {
                consumed.insert(index)
                trace.drop(line, .runningHeader)
            }
        }
    }

    /// For each line's comparable form, the pages on which it stands among the first or last
    /// three lines.
    private func pagesAtEdges(of candidates: [Int], keys: [String]) -> [String: Set<Int>] {
        var pageOfLine = [Int](repeating: 0, count: lines.count)
        for (page, range) in pageRanges().enumerated() {
            for index in range { pageOfLine[index] = page }
        }
        // Candidates come in line order, so each page's are a run: its first and last three count.
        var result: [String: Set<Int>] = [:]
        var runStart = 0
        while runStart < candidates.count {
            let page = pageOfLine[candidates[runStart]]
            var runEnd = runStart + 1
            while runEnd < candidates.count, pageOfLine[candidates[runEnd]] == page { runEnd += 1 }
            let edges = Set(Array(runStart..<min(runEnd, runStart + 3)) + Array(max(runStart, runEnd - 3)..<runEnd))
            for position in edges { result[keys[position], default: []].insert(page) }
            runStart = runEnd
        }
        return result
    }

    /// The pages from `start` on: ranges of line indices, each running from a line that starts a
    /// page (or from `start`) to the next.
    func pageRanges(from start: Int = 0) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var pageStart = start
        while pageStart < lines.count {
            var pageEnd = pageStart + 1
            while pageEnd < lines.count, !lines[pageEnd].startsPage { pageEnd += 1 }
            ranges.append(pageStart..<pageEnd)
            pageStart = pageEnd
        }
        return ranges
    }

    func nextContentIndex(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count, lines[next].isSpacer || consumed.contains(next) { next += 1 }
        return next < lines.count ? next : nil
    }
}
