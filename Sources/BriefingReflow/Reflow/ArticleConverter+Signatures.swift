/// Signatures in the body (`SignatureRule`): their issuer becomes the author when the front
/// matter named none, their date the article's date when none was found, and both leave the body.
extension ArticleConverter {
    mutating func readSignatures(from bodyStart: Int) {
        for index in bodyStart..<lines.count where isContent(index) {
            let text = lines[index].content
            if SignatureRule.opensColophon(text) {
                readColophon(from: index)
                continue
            }
            if let names = SignatureRule.signers(in: text) {
                if draft.authors.isEmpty { draft.authors = names }
                consumed.insert(index)
                trace.drop(lines[index], .masthead)
                continue
            }
            if let date = closingDate(at: index) {
                if draft.date == nil { draft.date = date }
                consumed.insert(index)
                trace.drop(lines[index], .masthead)
                continue
            }
            guard text.last == "日", let date = SignatureRule.isoDate(text.filter { $0 != " " }),
                  let issuer = (max(bodyStart, index - 3)..<index).last(where: { isContent($0) }),
                  SignatureRule.isIssuingBody(lines[issuer].content) else { continue }
            if draft.authors.isEmpty { draft.authors = [lines[issuer].content] }
            if draft.date == nil { draft.date = date }
            consumed.formUnion([issuer, index])
            trace.drop(lines[issuer], .masthead)
            trace.drop(lines[index], .masthead)
            // A note on how the document is released (`（此件公开发布）`) closes the signature.
            if let note = nextContentIndex(after: index), FrontLineRule.isBracketedNote(lines[note].content),
               HeadingRule.numberedStyle(of: lines[note].content) == nil {
                consumed.insert(note)
                trace.drop(lines[note], .label)
            }
        }
    }

    /// A date alone on the body's last line (`一九二五年四月二十九日。` under an essay, a speech
    /// or a letter): when the piece was written, not a paragraph of it.
    private func closingDate(at index: Int) -> String? {
        guard nextContentIndex(after: index) == nil else { return nil }
        var text = lines[index].content.filter { $0 != " " && $0 != "\u{3000}" }
        if let last = text.last, "。．.".contains(last) { text.removeLast() }
        return text.last == "日" ? SignatureRule.isoDate(text) : nil
    }

    /// The colophon under an official document (版记): who gets copies (`抄送：…`), then the
    /// printing office and date (`杭州市人民政府办公厅` / `2025年5月6日印发`). All of it goes, when
    /// the printing line closes it within a few lines.
    private mutating func readColophon(from start: Int) {
        var end = start
        var seen = 0
        while let next = nextContentIndex(after: end), seen < 10 {
            end = next
            seen += 1
            guard SignatureRule.isPrintingLine(lines[next].content) else { continue }
            for index in start...next where isContent(index) {
                consumed.insert(index)
                trace.drop(lines[index], .organisationFooter)
            }
            return
        }
    }
}
