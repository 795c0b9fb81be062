import BriefingCore
import Foundation

/// Section numbers that LaTeX sets in a box left of the head, and `pdftotext` prints on a line of
/// their own, before or after the head's words (`1` / `引言`, `系统` / `3`, `4` / `4.1` /
/// `合成数据集的构建`). They are put back in front of their heads (`1 引言`), so that the
/// heading rules read them as numbered.
extension ArticleConverter {
    /// A printed section number: `1`, `3.1`, `4.2.1`, as its parts.
    private func sectionNumber(_ index: Int) -> [Int]? {
        let text = lines[index].content
        guard !lines[index].isSpacer, (1...8).contains(text.utf8.count),
              text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }) else { return nil }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        let parts = pieces.compactMap { Int($0) }
        guard parts.count == pieces.count, (1...3).contains(parts.count),
              parts.allSatisfy({ (0...40).contains($0) }) else { return nil }
        return parts
    }

    /// Words that can be a head: short, not a sentence or clause, not a number.
    private func isHeadWords(_ index: Int) -> Bool {
        let line = lines[index]
        guard isContent(index), geometry.isHeadingWidth(line), line.content.count <= 40,
              !line.content.contains("://"), !line.content.contains("www."), !line.content.contains("@"),
              !SentenceEnd.endsWithPunctuation(line.content), sectionNumber(index) == nil,
              !line.content.contains(where: { "，,；;。".contains($0) }),
              line.content.contains(where: { CharacterClass.isIdeograph($0) || $0.isLetter }) else { return false }
        return HeadingRule.numberedStyle(of: line.content) == nil
    }

    /// Joins each section number standing alone to the head it belongs to, when the numbers run
    /// in sequence (1, 2, 2.1, 2.2, 3 …), which page numbers and table cells do not. Numbers
    /// printed in front of their heads (`4.4.1数据预处理`) keep the count and get their space.
    mutating func joinSplitSectionNumbers(from bodyStart: Int) {
        // The first head's number, set aside as a page number, may stand just above the body.
        var start = bodyStart
        if let above = (0..<bodyStart).last(where: { !lines[$0].isSpacer }), sectionNumber(above) == [1] { start = above }
        let range = start..<lines.count
        var last: [Int] = [0]
        var taken: Set<Int> = []
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            if isContent(index), let inline = inlineSectionNumber(index), follows(inline.number, after: last) {
                lines[index].content = inline.number.map(String.init).joined(separator: ".") + " " + inline.words
                last = inline.number
                continue
            }
            guard let number = sectionNumber(index), follows(number, after: last), !standsAtPageEdge(index) else { continue }
            // Numbers printed one after another (`1` / `1.1`) take the heads that follow, in order.
            var run = [(index, number)]
            var cursor = index
            while let next = (cursor + 1..<min(range.upperBound, cursor + 3)).first(where: { !lines[$0].isSpacer }),
                  let more = sectionNumber(next), follows(more, after: run.last!.1) {
                run.append((next, more))
                cursor = next
            }
            if run.count > 1 {
                var heads: [Int] = []
                var probe = cursor
                while heads.count < run.count,
                      let next = (probe + 1..<min(lines.count, probe + 4)).first(where: { !lines[$0].isSpacer }), isHeadWords(next) {
                    heads.append(next)
                    probe = next
                }
                // Heads the run lacks after it stand before it (`训练数据集` / `4` / `4.1` / `合成…`).
                var before: [Int] = []
                var back = index
                while heads.count + before.count < run.count,
                      let previous = (max(0, back - 3)..<back).last(where: { !lines[$0].isSpacer }),
                      isHeadWords(previous), !taken.contains(previous) {
                    before.insert(previous, at: 0)
                    back = previous
                }
                heads = before + heads
                guard heads.count == run.count else { continue }
                for ((numberLine, number), head) in zip(run, heads) { attach(number, at: numberLine, to: head) }
                taken.formUnion(heads)
                last = run.last!.1
                index = probe
                continue
            }
            guard let head = headWords(for: index, excluding: taken) else { continue }
            taken.insert(head)
            attach(number, at: index, to: head)
            last = number
        }
    }

    /// The last line of a page or the first of the next: where page numbers stand.
    private func standsAtPageEdge(_ index: Int) -> Bool {
        if lines[index].startsPage { return true }
        guard let next = (index + 1..<lines.count).first(where: { !lines[$0].isSpacer }) else { return true }
        return lines[next].startsPage
    }

    private mutating func attach(_ number: [Int], at index: Int, to head: Int) {
        var text = number.map(String.init).joined(separator: ".") + " " + lines[head].content
        // A fake-bold head repeats its last characters on the next line (`OverprintRule`).
        // (The repeat may already be set aside as a line recurring like a running head.)
        // A head's own last line of two to six characters that repeats its end is that repeat
        // (a head does not wrap to so short a line).
        if let next = (head + 1..<min(lines.count, head + 3)).first(where: { !lines[$0].isSpacer }),
           let repeated = OverprintRule.repeatLength(end: lines[head].content, start: lines[next].content),
           lines[next].content.count <= 6 {
            text = LineJoiner.join([text, String(lines[next].content.dropFirst(repeated))])
            consumed.insert(next)
        }
        lines[head].content = text
        consumed.insert(index)
        trace.drop(lines[index], .label)
    }

    /// A decimal number and the words after it, which open with a letter or an ideograph (so
    /// `1、加强…` and `2)材料` stay list items).
    private static let numberedHead = try! NSRegularExpression(pattern: "^([0-9]{1,2}(?:\\.[0-9]{1,2}){0,2})\\s*([\\p{Han}\\p{L}].*)$")

    /// A head with its decimal number in front: `4.4.1数据预处理`, `2.1 数据`.
    private func inlineSectionNumber(_ index: Int) -> (number: [Int], words: String)? {
        let text = lines[index].content
        guard let first = text.first, first.isASCII, first.isNumber,
              let match = Self.numberedHead.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let numberRange = Range(match.range(at: 1), in: text), let wordsRange = Range(match.range(at: 2), in: text) else { return nil }
        let words = String(text[wordsRange])
        let numbers = text[numberRange].split(separator: ".").compactMap { Int($0) }
        guard geometry.isHeadingWidth(lines[index]), words.count <= 40, !SentenceEnd.endsWithPunctuation(words),
              !words.contains(where: { "，,；;。".contains($0) }), words.contains(where: CharacterClass.isIdeograph) else { return nil }
        return (numbers, words)
    }

    /// Whether `number` can come next after `last`: the next at its level (one may be lost in
    /// the extraction, so also the one after), or the first below it.
    private func follows(_ number: [Int], after last: [Int]) -> Bool {
        let depth = number.count
        if last == [0] { return number.allSatisfy { (1...2).contains($0) } }
        if depth <= last.count {
            return Array(number.prefix(depth - 1)) == Array(last.prefix(depth - 1))
                && (1...2).contains(number[depth - 1] - last[depth - 1])
        }
        return depth == last.count + 1 && Array(number.prefix(last.count)) == last && (1...2).contains(number[depth - 1])
    }

    /// The head's words: the first of the next two lines that reads as a head, unless another
    /// number comes first; else the line before.
    private func headWords(for index: Int, excluding taken: Set<Int>) -> Int? {
        var cursor = index
        for _ in 0..<2 {
            guard let next = (cursor + 1..<min(lines.count, cursor + 4)).first(where: { !lines[$0].isSpacer }) else { break }
            if sectionNumber(next) != nil { break }
            if isHeadWords(next), !taken.contains(next) { return next }
            cursor = next
        }
        guard let previous = (max(0, index - 3)..<index).last(where: { !lines[$0].isSpacer }),
              isHeadWords(previous), !taken.contains(previous) else { return nil }
        return previous
    }
}
