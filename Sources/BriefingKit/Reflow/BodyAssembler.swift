/// Turns the body's lines into headings, paragraphs and editor's notes, taking page-bottom
/// footnote bodies out of the flow and recording the markers that point to them.
struct BodyAssembler {
    var converter: ArticleConverter
    private var units: [BodyUnit] = []
    private var current: BodyUnit?
    private var previousLine: TextLine?
    private var inNotes = false
    /// A vertical gap seen since the last body line: it ends the paragraph unless the text
    /// goes on on the next page (the gap then sits at a page foot, above notes or furniture).
    private var gapPending = false
    private var lastBodyIndex = -1
    /// Under a references heading (`参考文献`), entries by author and year follow one another.
    private var inReferences = false
    private let usesTrailingSpaceMarks: Bool

    init(converter: ArticleConverter) {
        self.converter = converter
        usesTrailingSpaceMarks = Self.detectTrailingSpaceMarks(converter)
    }

    private var lines: [TextLine] { converter.lines }
    private var geometry: PageGeometry { converter.geometry }

    mutating func assemble(range: Range<Int>, editorNote: Int?) -> [BodyUnit] {
        var indices = Array(range)
        if let editorNote {
            let end = (editorNote + 1..<lines.count).first { lines[$0].isSpacer || converter.consumed.contains($0) } ?? lines.count
            indices += Array(editorNote..<end)
        }
        var skip: Set<Int> = []
        for index in indices where !skip.contains(index) {
            if converter.consumed.contains(index) {
                inNotes = false
                continue
            }
            let line = lines[index]
            if line.isSpacer {
                gapPending = true
                continue
            }
            if inNotes, !line.startsPage {
                continueNotes(with: line)
                continue
            }
            inNotes = false
            if let note = FootnoteMarker.noteStart(line.content), converter.markers.hasPending(note.number) {
                inNotes = true
                openNote(note.number, note.body, line: line)
                continue
            }
            if gapPending {
                gapPending = false
                if !continuesOnNextPage(line, at: index) { flush() }
            }
            if let style = HeadingRule.numberedStyle(of: line.content), isHeadingLine(line) {
                let wrapped = wrappedHeadingContinuation(after: index, heading: line)
                if let wrapped { skip.insert(wrapped) }
                startUnit(.numberedHeading(style), line, more: wrapped.map { [lines[$0].content] } ?? [])
                continue
            }
            if HeadingRule.isNamedHeading(line.content) {
                inReferences = HeadingRule.opensReferences(line.content)
                startUnit(.plainHeading, line)
                continue
            }
            if LabelRule.field(of: line.content)?.field == .editorNote {
                startUnit(.editorNote, line, keepOpen: true)
                continue
            }
            if let previousLine, current != nil, endsParagraph(previousLine, before: line) { flush() }
            if current == nil, isUnnumberedHeading(line, at: index) {
                startUnit(.plainHeading, line)
                continue
            }
            append(line, at: index)
        }
        flush()
        return units
    }

    // MARK: Paragraph boundaries

    /// The open paragraph's last line and `line` stand on different pages, and nothing in the
    /// two lines says the paragraph ended between them.
    private func continuesOnNextPage(_ line: TextLine, at index: Int) -> Bool {
        guard let previousLine, current != nil, lastBodyIndex >= 0, lastBodyIndex < index,
              (lastBodyIndex + 1...index).contains(where: { lines[$0].startsPage }) else { return false }
        return !endsParagraph(previousLine, before: line)
    }

    /// Whether a paragraph ends between two lines, from punctuation, geometry and indentation.
    func endsParagraph(_ previous: TextLine, before next: TextLine) -> Bool {
        if next.isIndented { return true }
        if inReferences, previous.content.last == "." || previous.content.last == "。",
           let first = next.content.first, (first.isASCII && first.isUppercase) || CharacterClass.isIdeograph(first) {
            return true
        }
        guard SentenceEnd.endsSentence(previous.content) else { return false }
        if geometry.isShort(previous) { return true }
        if usesTrailingSpaceMarks, previous.hasTrailingSpace { return true }
        return geometry.looksIndented(next) && !SentenceEnd.endsSentence(next.content)
    }

    /// Some journals' extractions leave a space after every paragraph's last line; detect it per document.
    private static func detectTrailingSpaceMarks(_ converter: ArticleConverter) -> Bool {
        let ends = converter.lines.filter {
            !$0.isSpacer && converter.geometry.isShort($0) && SentenceEnd.endsSentence($0.content) && $0.width > 10
        }
        guard ends.count >= 3 else { return false }
        return Double(ends.filter(\.hasTrailingSpace).count) / Double(ends.count) >= 0.6
    }

    private func isHeadingLine(_ line: TextLine) -> Bool {
        guard !SentenceEnd.endsWithPunctuation(line.content), line.width <= geometry.fullWidth + 4 else { return false }
        guard let previousLine, current != nil else { return true }
        return endsParagraph(previousLine, before: line) || SentenceEnd.endsSentence(previousLine.content)
    }

    /// A numbered heading set in a larger face can wrap: its second line is short, carries no
    /// number and no punctuation, and a paragraph starts after it.
    private func wrappedHeadingContinuation(after index: Int, heading: TextLine) -> Int? {
        guard let next = converter.nextContentIndex(after: index) else { return nil }
        let line = lines[next]
        guard line.width <= geometry.fullWidth * 0.5, !line.startsPage || heading.startsPage,
              !SentenceEnd.endsWithPunctuation(line.content), HeadingRule.numberedStyle(of: line.content) == nil,
              !HeadingRule.isNamedHeading(line.content), !line.isIndented else { return nil }
        if usesTrailingSpaceMarks, heading.hasTrailingSpace { return nil }
        guard let after = converter.nextContentIndex(after: next) else { return next }
        let following = lines[after]
        return following.isIndented || geometry.looksIndented(following) || HeadingRule.numberedStyle(of: following.content) != nil
            ? next : nil
    }

    /// A short line with no punctuation between two paragraphs: a section heading without a number.
    private func isUnnumberedHeading(_ line: TextLine, at index: Int) -> Bool {
        guard geometry.isHeadingWidth(line), line.content.count >= 4,
              !line.content.contains(where: { CharacterClass.clausePunctuation.contains($0) }),
              FootnoteMarker.noteStart(line.content) == nil,
              line.content.contains(where: CharacterClass.isIdeograph),
              let next = converter.nextContentIndex(after: index) else { return false }
        if let previousLine, !SentenceEnd.endsSentence(previousLine.content) { return false }
        let following = lines[next]
        return !geometry.isShort(following) || geometry.looksIndented(following)
    }

    // MARK: Units

    private mutating func startUnit(_ kind: BodyUnit.Kind, _ line: TextLine, more: [String] = [], keepOpen: Bool = false) {
        flush()
        let text = converter.markers.replaceMarkers(in: line.content, owner: .body, line: line.number)
        let unit = BodyUnit(kind: kind, texts: [text] + more, location: location(line))
        if keepOpen {
            current = unit
            previousLine = line
        } else {
            units.append(unit)
            previousLine = nil
        }
    }

    private mutating func append(_ line: TextLine, at index: Int) {
        let text = converter.markers.replaceMarkers(in: line.content, owner: .body, line: line.number)
        if current == nil { current = BodyUnit(kind: .paragraph, texts: [], location: location(line)) }
        current?.texts.append(text)
        previousLine = line
        lastBodyIndex = index
    }

    private mutating func flush() {
        if let current { units.append(current) }
        current = nil
        previousLine = nil
    }

    private mutating func openNote(_ number: Int, _ body: String, line: TextLine) {
        converter.markers.openNote(number: number, text: body, line: line.number)
        converter.trace.drop("[\(number)]", line: line.number, .footnoteMarker)
    }

    private mutating func continueNotes(with line: TextLine) {
        if let note = FootnoteMarker.noteStart(line.content),
           converter.markers.hasPending(note.number) || note.number == converter.markers.lastNoteNumber + 1 {
            openNote(note.number, note.body, line: line)
        } else {
            converter.markers.appendToLastNote(line.content)
        }
    }

    private func location(_ line: TextLine) -> SourceLocation {
        SourceLocation(file: converter.seed.path, line: line.number)
    }
}
