import BriefingCore

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
    /// Lines joined to the paragraph above although the line above ended a sentence and filled
    /// the measure: the paragraph may have ended there. The converter says so (`reportGuessedJoins`).
    private(set) var guessedJoins: [Int] = []
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
                if !continuesOnNextPage(line, at: index), !continuesOverGap(line) { flush() }
            }
            if let style = HeadingRule.numberedStyle(of: line.content),
               isHeadingLine(line, at: index) || isShortNumberedHead(line, style: style, at: index) {
                inReferences = false
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
            if current == nil, let second = wrappedUnnumberedHeading(line, at: index) {
                skip.insert(second)
                startUnit(.plainHeading, line, more: [lines[second].content])
                continue
            }
            if let previousLine, current != nil, !geometry.isShort(previousLine), endsSentence(previousLine),
               !line.isIndented {
                guessedJoins.append(line.number)
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
        // The bodies responsible, in brackets after the item's last sentence, close that item
        // (`…鲜明导向。` over `（市体育局、市委人才办、市人力社` `保局）`).
        if Self.opensAttribution(next.content), SentenceEnd.endsSentence(previous.content) { return false }
        // A short line closes its paragraph when a colon, semicolon or dash ends it (an
        // addressee, a list's lead-in, a list item) or a numbered item follows (`一、`, `一，`).
        if geometry.isShort(previous), let last = previous.content.last,
           "：:；;—".contains(last) || HeadingRule.numberedStyle(of: next.content) != nil || Self.opensListItem(next.content) {
            return true
        }
        // In a reference list a stop and a capital or a character start the next entry, unless
        // the line above is full and the next does not open with authors and a year: then the
        // entry goes on (`…categorization.` over `In Proceedings of the 55th Annual Meeting…`).
        if inReferences, previous.content.last == "." || previous.content.last == "。",
           let first = next.content.first, (first.isASCII && first.isUppercase) || CharacterClass.isIdeograph(first),
           geometry.isShort(previous) || Self.opensReferenceEntry(next.content) {
            return true
        }
        guard endsSentence(previous) else { return false }
        if geometry.isShort(previous) || StructureLabelRule.opensArticle(next.content) { return true }
        // After a sentence, an item numbered in Chinese numerals starts afresh (`三、立法院得…`);
        // Arabic numbering may run on inside a paragraph (`…有帮助的。2. 在开发集…`).
        if let style = HeadingRule.numberedStyle(of: next.content), [.formalNumeral, .chineseNumeral, .parenthesisedChinese].contains(style) {
            return true
        }
        if usesTrailingSpaceMarks, previous.hasTrailingSpace { return true }
        return geometry.looksIndented(next) && !SentenceEnd.endsSentence(next.content)
    }

    /// Authors, then the year after a stop or comma, early in the line (`Rie Johnson and Tong
    /// Zhang. 2017.`, `张宝林. 2013.`), a line that opens with a name in a list of names (`Yu Sun,
    /// Shuohuan Wang, …`, `Ge T , Wei F , Zhou M .`), or a numbered entry (`[3]`).
    static func opensReferenceEntry(_ text: String) -> Bool {
        text.hasPrefix("[") || text.firstMatch(of: referenceStart) != nil || text.firstMatch(of: namesStart) != nil
    }

    private nonisolated(unsafe) static let referenceStart = #/^[^\s].{0,160}?[.,．，]\s*(?:19|20)\d{2}[a-z]?[.,．，)）]/#
    private nonisolated(unsafe) static let namesStart = #/^\p{Lu}[\p{L}\-']+(?: \p{Lu}[\p{L}.\-']*)+ ?(?:,| and )/#

    /// A line that opens a bracketed list of names (bodies, offices): words joined by `、` or `，`
    /// only, closed at the line's end or running on to the next; not a numbered item (`（一）`)
    /// nor a parenthetical that text follows on the same line (`（下稱警總）、憲兵司令部`).
    static func opensAttribution(_ text: String) -> Bool {
        guard let first = text.first, "（([【".contains(first), HeadingRule.numberedStyle(of: text) == nil else { return false }
        var inner = text.dropFirst()
        if let last = inner.last, "）)]】".contains(last) { inner = inner.dropLast() }
        guard inner.count >= 4, inner.contains(where: { $0 == "、" || $0 == "，" || $0 == "," }) else { return false }
        return inner.allSatisfy { CharacterClass.isIdeograph($0) || "、，, ".contains($0) }
    }

    /// Some journals' extractions leave a space after every paragraph's last line; detect it per document.
    private static func detectTrailingSpaceMarks(_ converter: ArticleConverter) -> Bool {
        let ends = converter.lines.filter {
            !$0.isSpacer && converter.geometry.isShort($0) && SentenceEnd.endsSentence($0.content) && $0.width > 10
        }
        guard ends.count >= 3 else { return false }
        return Double(ends.filter(\.hasTrailingSpace).count) / Double(ends.count) >= 0.6
    }

    private func isHeadingLine(_ line: TextLine, at index: Int) -> Bool {
        guard !SentenceEnd.endsWithPunctuation(line.content), line.width <= geometry.fullWidth + 4,
              !Self.hasRunInHead(line.content) else { return false }
        // A numbered line that fills the measure is a paragraph's first line, unless a short
        // second line shows a head wrapped in a larger face.
        if !geometry.isShort(line), wrappedHeadingContinuation(after: index, heading: line) == nil { return false }
        guard let previousLine, current != nil else { return true }
        return endsParagraph(previousLine, before: line) || endsSentence(previousLine)
    }

    /// An item of a list counted in words: `一，想做奴隶而不得的时代；`.
    static func opensListItem(_ text: String) -> Bool {
        let numeral = text.prefix { "一二三四五六七八九十".contains($0) }
        guard (1...2).contains(numeral.count), let after = text.dropFirst(numeral.count).first else { return false }
        return after == "，" || after == ","
    }

    /// A numbered head followed, on the same line, by its paragraph: `一、强化算力服务支撑。 加大…`,
    /// `(二)场地设施:核心办公面积…`.
    static func hasRunInHead(_ text: String) -> Bool {
        // The numbering itself may end with a point (`1．研究方法`, `壹．…`): look past it.
        let words = text.drop { $0.isNumber || "（()）、．. 壹貳贰參叁肆伍陸陆柒捌玖拾一二三四五六七八九十".contains($0) }
        guard let end = words.firstIndex(where: { CharacterClass.sentenceEnders.contains($0) || $0 == "：" || $0 == ":" }) else {
            return false
        }
        return words[words.index(after: end)...].contains { !$0.isWhitespace && !CharacterClass.closers.contains($0) }
    }

    /// A short numbered line that is a head though it ends with a full stop (`（一）加强组织领导。`):
    /// a few words with no other punctuation, after a finished paragraph, and not one of a list.
    private func isShortNumberedHead(_ line: TextLine, style: HeadingStyle, at index: Int) -> Bool {
        guard [.chineseNumeral, .parenthesisedChinese, .formalNumeral].contains(style), geometry.isShort(line),
              let last = line.content.last, last == "。" || last == "．" else { return false }
        let words = line.content.drop { !(CharacterClass.isIdeograph($0) && !"一二三四五六七八九十壹貳贰參叁肆伍陸陆柒捌玖拾".contains($0)) }.dropLast()
        // An enumeration comma may stand in a head (`经济运行顶住压力、稳中有进。`); a clause may not.
        guard (2...20).contains(words.count), !words.contains(where: {
            ($0 != "、" && CharacterClass.clausePunctuation.contains($0)) || CharacterClass.sentenceEnders.contains($0)
        }) else { return false }
        if let previousLine, current != nil, !endsParagraph(previousLine, before: line), !endsSentence(previousLine) {
            return false
        }
        // Items of a list follow one another; a head is followed by its paragraph.
        if let previousLine, HeadingRule.numberedStyle(of: previousLine.content) == style { return false }
        guard let next = converter.nextContentIndex(after: index) else { return false }
        return HeadingRule.numberedStyle(of: lines[next].content) != style
    }

    /// Whether the line above ends a sentence. A bracketed attribution begun on an earlier line
    /// (`…占比超过 30%。[市教育局，各区、县（市）` over `政府]`) is read with the lines before it.
    private func endsSentence(_ line: TextLine) -> Bool {
        if SentenceEnd.endsSentence(line.content) { return true }
        guard let last = line.content.last, SentenceEnd.closesBracket(last), let texts = current?.texts, texts.count >= 2 else { return false }
        return SentenceEnd.endsSentence(texts.suffix(3).joined())
    }

    /// A gap inside a paragraph: the line above it is full and ends mid-sentence, so the text
    /// goes on below (the extraction marks gaps that are not paragraph breaks). A line that
    /// stops on a bare ideograph, with no punctuation at all, is cut mid-clause: longer than a
    /// head, it is taken as full even a little short of the measure, since a measure counted in
    /// characters is only approximate where the extraction spaces out digits and Latin words
    /// and a font gives commas as ASCII.
    private func continuesOverGap(_ line: TextLine) -> Bool {
        guard let previousLine, current != nil else { return false }
        let cutMidClause = previousLine.content.last.map(CharacterClass.isIdeograph) == true
            && !geometry.isHeadingWidth(previousLine) && !line.isIndented && HeadingRule.numberedStyle(of: line.content) == nil
        guard cutMidClause || !geometry.isShort(previousLine) else { return false }
        return !endsSentence(previousLine) && !endsParagraph(previousLine, before: line)
    }

    /// An unnumbered head wrapped over two short lines with no punctuation, between paragraphs:
    /// returns the second line's index.
    private func wrappedUnnumberedHeading(_ line: TextLine, at index: Int) -> Int? {
        guard geometry.isHeadingWidth(line), line.content.count >= 4, isPlainWords(line.content),
              HeadingRule.numberedStyle(of: line.content) == nil,
              let second = converter.nextContentIndex(after: index), !lines[second].startsPage else { return nil }
        if let previousLine, !endsSentence(previousLine) { return nil }
        let next = lines[second]
        guard geometry.isHeadingWidth(next), isPlainWords(next.content), HeadingRule.numberedStyle(of: next.content) == nil,
              let after = converter.nextContentIndex(after: second) else { return nil }
        let following = lines[after]
        return !geometry.isShort(following) || geometry.looksIndented(following) ? second : nil
    }

    private func isPlainWords(_ text: String) -> Bool {
        !text.contains(where: { CharacterClass.clausePunctuation.contains($0) || CharacterClass.sentenceEnders.contains($0) || $0.isNumber || $0 == " " })
            && text.contains(where: CharacterClass.isIdeograph) && FootnoteMarker.noteStart(text) == nil
    }

    /// A numbered heading set in a larger face can wrap: its second line is short, carries no
    /// number and no punctuation, and a paragraph starts after it.
    private func wrappedHeadingContinuation(after index: Int, heading: TextLine) -> Int? {
        guard let next = converter.nextContentIndex(after: index) else { return nil }
        let line = lines[next]
        guard line.width <= geometry.fullWidth * 0.5, !line.startsPage || heading.startsPage,
              line.content.contains(where: { CharacterClass.isIdeograph($0) || $0.isLetter }),
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
        if let previousLine, !endsSentence(previousLine) { return false }
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
