import BriefingCore

/// Footnotes numbered with plain digits at the foot of each page, as word processors and LaTeX
/// print them and `pdftotext` extracts them: the note's number on a line of its own, then its
/// text, or the number glued to the text (`1一降三减：…`); the call a superscript digit in the
/// body (`SuperscriptMarker`).
extension ArticleConverter {
    /// One note at a page foot: its number, the line printing the number, the text on that line
    /// after a glued number, and its further text lines.
    private struct FootNote {
        var number: Int
        var numberLine: Int
        var textLines: [Int]
        var gluedText: String? = nil
    }

    /// Finds each page's notes, links each to the call in the page's body, and takes both out of
    /// the flow. Runs once the front matter is read, so by-line numbers are not taken for calls.
    mutating func readPageFootnotes(from bodyStart: Int) {
        var expected: Int?
        for page in pageRanges(from: bodyStart) {
            let pageStart = page.lowerBound
            let notes = footNotes(in: page)
            // Notes numbered on from the last page, or afresh from 1 on each page.
            if let first = notes.first, first.number <= 1 || expected.map({ [$0, $0 - 1].contains(first.number) }) ?? false,
               linkCalls(for: notes, above: notes[0].numberLine, from: pageStart, glued: notes[0].gluedText != nil) {
                continuePreviousNote(above: notes[0].numberLine, from: pageStart)
                for note in notes { open(note) }
                expected = notes.last.map { $0.number + 1 }
            }
        }
    }

    private func bareNumber(_ index: Int) -> Int? {
        let text = lines[index].content
        guard !lines[index].isSpacer, text.utf8.count <= 3, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// The notes closing a page: from the page's last text line upwards, blocks that open with a
    /// bare number, numbered one less than the block below. Page furniture at the foot is skipped.
    private func footNotes(in page: Range<Int>) -> [FootNote] {
        guard page.contains(where: { bareNumber($0) != nil || gluedNumber($0) != nil }) else { return [] }
        var end = page.upperBound
        while end > page.lowerBound, lines[end - 1].isSpacer || consumed.contains(end - 1) { end -= 1 }
        var notes: [FootNote] = []
        var texts: [Int] = []
        var index = end - 1
        while index >= page.lowerBound {
            defer { index -= 1 }
            if lines[index].isSpacer { continue }
            if let number = bareNumber(index) {
                // Numbers printed one under another (`58` / `59`) over the notes' lines: the note
                // below gives its first sentence (or line) to this one.
                if texts.isEmpty, let below = notes.last, below.number == number + 1, below.gluedText == nil,
                   let parts = split(below.textLines, into: 2) {
                    notes[notes.count - 1].textLines = parts[1]
                    notes.append(FootNote(number: number, numberLine: index, textLines: parts[0]))
                    continue
                }
                guard !texts.isEmpty else { break }
                let lines = Array(texts.reversed())
                guard let below = notes.last?.number, below - 1 != number else {
                    notes.append(FootNote(number: number, numberLine: index, textLines: lines))
                    texts = []
                    continue
                }
                // The extraction can lose a note's number line; its text then runs on from the
                // note above, and the note's sentence end shows where one note stops.
                guard number < below - 1, below - 1 - number <= 2, let parts = split(lines, into: below - number) else { break }
                for (offset, part) in parts.enumerated().reversed() {
                    notes.append(FootNote(number: number + offset, numberLine: index, textLines: part))
                }
                texts = []
                continue
            }
            if consumed.contains(index) { continue }
            if let glued = gluedNumber(index), notes.last.map({ $0.gluedText != nil && $0.number - 1 == glued.number }) ?? true {
                notes.append(FootNote(number: glued.number, numberLine: index, textLines: texts.reversed(), gluedText: glued.text))
                texts = []
                continue
            }
            texts.append(index)
            if texts.count > 40 { break }
        }
        // Glued numbers look like text that opens with a figure (`2月17日…`); as notes they stand
        // apart from the body under a gap, run 1, 2, … down the page's foot, or are set in the
        // notes' smaller type, wider than the measure.
        if let top = notes.last, top.gluedText != nil,
           !(page.lowerBound..<top.numberLine).reversed().prefix(1).allSatisfy({ lines[$0].isSpacer }),
           !(notes.count >= 2 && top.number == 1), lines[top.numberLine].width <= geometry.fullWidth + 4 {
            return []
        }
        return notes.reversed()
    }

    /// A note's number glued to its text: `1一降三减：…`, `2“四级三类”…` (not `2月17日`, `3.5`, `4、`).
    private func gluedNumber(_ index: Int) -> (number: Int, text: String)? {
        let text = lines[index].content
        guard let first = text.utf8.first, (0x31...0x39).contains(first), !lines[index].isSpacer else { return nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count <= 2, let number = Int(digits), number >= 1 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let next = rest.first, CharacterClass.isIdeograph(next) || "“「《（".contains(next),
              !"年月日号號时時点點个個位万萬亿億元次条條章节節项項".contains(next), rest.count >= 4 else { return nil }
        return (number, String(rest))
    }

    /// Text lines split into `count` notes after the first lines that end a sentence; or, when
    /// there are as many lines as notes (a list of URLs), a line each.
    private func split(_ textLines: [Int], into count: Int) -> [[Int]]? {
        var parts: [[Int]] = [[]]
        for index in textLines {
            parts[parts.count - 1].append(index)
            if parts.count < count, SentenceEnd.endsSentence(lines[index].content) { parts.append([]) }
        }
        if parts.count == count, !parts.contains(where: \.isEmpty) { return parts }
        return textLines.count == count ? textLines.map { [$0] } : nil
    }

    /// A note's call found in the body: the line it goes into, the characters it replaces, and
    /// the line of its own that printed it, if any.
    private struct Call {
        var line: Int
        var range: Range<Int>
        var markerLine: Int?
    }

    /// Records the call of every note in the body above them, in order; false when the first
    /// note's call is not found, which means the blocks are not notes, or when three or more calls
    /// stand in one line, which is a by-line numbering its affiliations.
    private mutating func linkCalls(for notes: [FootNote], above zoneStart: Int, from pageStart: Int, glued: Bool) -> Bool {
        var cursor = (line: pageStart, offset: 0)
        var calls: [(number: Int, call: Call)] = []
        for (position, note) in notes.enumerated() {
            // The first call must be found as printed; looser readings only follow it.
            guard let call = findCall(note.number, from: cursor, before: zoneStart, loosely: position > 0, glued: glued) else {
                if position == 0 { return false }
                continue
            }
            calls.append((note.number, call))
            cursor = (call.line, call.range.lowerBound + 1)
        }
        let perLine = Dictionary(grouping: calls, by: \.call.line)
        guard perLine.values.allSatisfy({ $0.count < 3 }) else { return false }
        // Marks are recorded in reading order, since notes are labelled in order of first call;
        // they are put in right to left within a line, so the offsets still to use hold.
        let inOrder = calls.sorted { ($0.call.line, $0.call.range.lowerBound) < ($1.call.line, $1.call.range.lowerBound) }
        let placeholders = inOrder.map { markers.record(number: $0.number, owner: .body, line: lines[$0.call.line].number, printed: String($0.number)) }
        for ((number, call), placeholder) in zip(inOrder, placeholders).sorted(by: {
            ($0.0.call.line, $1.0.call.range.lowerBound) < ($1.0.call.line, $0.0.call.range.lowerBound)
        }) {
            var characters = Array(lines[call.line].content)
            characters.replaceSubrange(call.range, with: Array(placeholder))
            lines[call.line].content = String(characters)
            if let markerLine = call.markerLine {
                consumed.insert(markerLine)
                trace.drop(lines[markerLine], .footnoteMarker)
            } else {
                trace.drop(String(number), line: lines[call.line].number, .footnoteMarker)
            }
        }
        return true
    }

    /// The call of note `number` at or after `cursor`: a bare number line over a body line (the
    /// call goes into the gap it left), or the number inline after a word.
    private func findCall(_ number: Int, from cursor: (line: Int, offset: Int), before end: Int, loosely: Bool, glued: Bool) -> Call? {
        for index in cursor.line..<end where !lines[index].isSpacer {
            if bareNumber(index) == number {
                // The gap may be on the line after next when the extraction broke the line (`報」` /
                // `（下稱三○七會報）督導偵辦 。`); a section number (`4.1`) is never the line.
                let targets = (index + 1..<end).lazy.filter { self.isContent($0) }.prefix(2)
                    .filter { self.lines[$0].content.contains(where: CharacterClass.isIdeograph) }
                if let gapped = targets.lazy.compactMap({ target in
                    SuperscriptMarker.gapOffset(in: self.lines[target].content).map { (target, $0) }
                }).first {
                    return Call(line: gapped.0, range: gapped.1..<gapped.1, markerLine: index)
                }
                if let target = targets.first {
                    let count = lines[target].content.count
                    return Call(line: target, range: count..<count, markerLine: index)
                }
            }
            guard isContent(index) else { continue }
            let start = index == cursor.line ? cursor.offset : 0
            if let range = SuperscriptMarker.inlineRange(of: number, in: lines[index].content, from: start, gluedToText: glued) {
                return Call(line: index, range: range, markerLine: nil)
            }
        }
        // Looser, for a later call only when no strict one is left: after a Latin word and a
        // space (`jieba 4 进行`), or glued to a word's own digits (`Lang85 ：`).
        guard loosely else { return nil }
        for index in cursor.line..<end where isContent(index) {
            let start = index == cursor.line ? cursor.offset : 0
            if let range = SuperscriptMarker.inlineRange(of: number, in: lines[index].content, from: start, loosely: true) {
                return Call(line: index, range: range, markerLine: nil)
            }
        }
        return nil
    }

    /// Lines between the body and a page's first note that are wider than a body line: the end of
    /// the previous page's last note, set in the notes' smaller type, when that note broke off
    /// mid-sentence.
    private mutating func continuePreviousNote(above zoneStart: Int, from pageStart: Int) {
        guard let last = markers.notes.last?.texts.last, !SentenceEnd.endsSentence(last) else { return }
        var first = zoneStart
        // The note's last line may be short; the lines above it are the notes' wider ones.
        if first - 1 > pageStart, isContent(first - 1), first - 2 > pageStart, isContent(first - 2),
           lines[first - 2].width > geometry.fullWidth + 6 {
            first -= 1
        }
        while first - 1 > pageStart, lines[first - 1].isSpacer || (isContent(first - 1) && lines[first - 1].width > geometry.fullWidth + 6) {
            first -= 1
        }
        for index in first..<zoneStart where isContent(index) {
            markers.appendToLastNote(lines[index].content)
            consumed.insert(index)
        }
    }

    private mutating func open(_ note: FootNote) {
        let texts = (note.gluedText.map { [$0] } ?? []) + note.textLines.map { lines[$0].content }
        markers.openNote(number: note.number, text: texts.first ?? "", line: lines[note.numberLine].number)
        for text in texts.dropFirst() { markers.appendToLastNote(text) }
        consumed.insert(note.numberLine)
        consumed.formUnion(note.textLines)
        trace.drop(lines[note.numberLine], .footnoteMarker)
    }
}
