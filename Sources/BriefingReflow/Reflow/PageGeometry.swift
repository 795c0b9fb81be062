/// The measure of a document's full text line, learnt from the document itself.
///
/// Body lines are justified to one width; a paragraph's first line is about two characters
/// narrower and its last line is usually short. The full width is the most common width among
/// long lines (widths are rounded to whole units, so punctuation squeezing does not split the vote;
/// on a tie the wider measure wins, since full lines are the widest common ones), unless a second
/// peak an indent wider shows that the most common lines are indented first lines.
package struct PageGeometry: Sendable {
    package var fullWidth: Double

    package init(fullWidth: Double) {
        self.fullWidth = fullWidth
    }

    package init(lines: [TextLine]) {
        var counts: [Int: Int] = [:]
        for line in lines where !line.isSpacer && line.width >= 30 {
            counts[Int(line.width.rounded()), default: 0] += 1
        }
        let mode = counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 60
        // In a text of short paragraphs the indented first lines can outnumber the full ones:
        // a second peak two characters wider (not a spread of widths between) is the measure.
        let wider = counts[mode + 4] ?? 0
        if Double(wider) >= Double(counts[mode] ?? 0) * 0.25, wider > counts[mode + 2] ?? 0 {
            fullWidth = Double(mode + 4)
        } else {
            fullWidth = Double(mode)
        }
    }

    /// Noticeably shorter than a full line: at least one and a half characters missing.
    func isShort(_ line: TextLine) -> Bool { line.width <= fullWidth - 3 }

    /// About two characters narrower than full: the shape of a paragraph's indented first line.
    func looksIndented(_ line: TextLine) -> Bool {
        line.isIndented || (line.width <= fullWidth - 3.5 && line.width >= fullWidth - 9)
    }

    /// At most about three-quarters of a line: the shape of a heading or a front-matter line.
    func isHeadingWidth(_ line: TextLine) -> Bool { line.width <= fullWidth * 0.8 }
}
