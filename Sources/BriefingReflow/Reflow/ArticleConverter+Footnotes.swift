import BriefingCore

/// Labels footnotes in order of first reference and reports markers left without a body.
extension ArticleConverter {
    mutating func resolveFootnotes() -> [Footnote] {
        var next = 1
        var footnotes: [Footnote] = []
        var unresolved: [MarkerLedger.Mark] = []
        for (id, mark) in markers.marks.enumerated() {
            guard let note = markers.noteOfMark[id] else {
                if mark.owner == .body { unresolved.append(mark) }
                continue
            }
            let text = LineJoiner.join(markers.notes[note].texts)
            switch mark.owner {
            case .title:
                draft.funding = text
                readPublication(fromAcknowledgement: text)
            case .author:
                draft.funding = draft.funding.map { $0 + "\n" + text } ?? text
            case .body:
                guard markers.labels[note] == nil else { continue }
                let label = String(next)
                next += 1
                markers.labels[note] = label
                footnotes.append(Footnote(label: label, text: text, at: location(line: markers.notes[note].line)))
            }
        }
        let referenced = Set(markers.noteOfMark.values)
        for (index, note) in markers.notes.enumerated() where !referenced.contains(index) {
            let label = String(next)
            next += 1
            markers.labels[index] = label
            footnotes.append(Footnote(label: label, text: LineJoiner.join(note.texts), at: location(line: note.line)))
            trace.diagnostics.append(.warning(.reflow, at: location(line: note.line),
                                              "footnote [\(note.number)] is never referenced in the text; kept at the end"))
        }
        reportUnresolved(unresolved)
        return footnotes
    }

    private func location(line: Int) -> SourceLocation { SourceLocation(file: seed.path, line: line) }

    private mutating func reportUnresolved(_ marks: [MarkerLedger.Mark]) {
        guard let first = marks.first else { return }
        if marks.count <= 3 {
            for mark in marks {
                trace.diagnostics.append(.warning(.reflow, at: location(line: mark.line),
                                                  "footnote marker \(mark.printed) has no note body; kept as plain text"))
            }
            return
        }
        let numbers = marks.map(\.number)
        trace.diagnostics.append(.warning(.reflow, at: location(line: first.line),
            "\(marks.count) footnote markers ([\(numbers.min()!)]–[\(numbers.max()!)]) have no note bodies in the text; kept as plain text"))
    }

    /// Journals thank their own reviewers: `感谢《和平与发展》匿名评审专家` names the publication.
    private mutating func readPublication(fromAcknowledgement text: String) {
        guard draft.publication == nil, let thanks = text.range(of: "感谢《") ?? text.range(of: "感謝《"),
              let close = text[thanks.upperBound...].firstIndex(of: "》") else { return }
        draft.publication = String(text[thanks.upperBound..<close])
    }
}
