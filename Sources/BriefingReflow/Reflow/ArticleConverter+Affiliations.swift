import BriefingCore

/// Affiliations a by-line numbers (`钱晓波1，谢文秀2` over `1.华南师范大学…` / `2 香港城市大学…`).
extension ArticleConverter {
    /// Affiliations numbered to match the by-line's numbers: `1.北京…`, `2 香港…`, or the number
    /// on a line of its own above the affiliation, as `pdftotext` puts a superscript; and the
    /// contact lines (e-mail addresses) under them.
    mutating func readNumberedAffiliations(from start: Int) -> Int {
        var index = start
        var pendingNumber: Int?
        let wanted = Set(draft.authorAffiliationNumbers.compactMap { $0 })
        while index < lines.count {
            // Only the by-line's numbers, in order, each once.
            let taken = draft.numberedAffiliations
            let isWanted = { (number: Int) in wanted.contains(number) && taken[number] == nil && number > (taken.keys.max() ?? 0) }
            let text = lines[index].content
            // The page-number rule has already set bare numbers aside; here they number affiliations.
            let bareNumber = lines[index].isSpacer ? nil : Int(text)
            guard isContent(index) || bareNumber != nil else { index += 1; continue }
            if lines[index].startsPage, index > start { break }
            if let number = bareNumber, isWanted(number), pendingNumber == nil {
                pendingNumber = number
            } else if let numbered = Self.numberedLine(text), pendingNumber == nil, isWanted(numbered.number),
                      isAffiliationText(numbered.text) {
                draft.numberedAffiliations[numbered.number] = SpaceNormalizer.normalize(numbered.text)
            } else if let number = pendingNumber, isAffiliationText(text) {
                draft.numberedAffiliations[number] = SpaceNormalizer.normalize(text)
                pendingNumber = nil
            } else if !draft.numberedAffiliations.isEmpty, text.contains("@"), !text.contains(where: CharacterClass.isIdeograph) || text.contains("邮箱") || text.contains("郵箱") {
                trace.drop(lines[index], .masthead)
            } else {
                break
            }
            consumed.insert(index)
            index += 1
        }
        return index
    }

    /// `1.北京…`, `2 香港…`: the number and the text after it.
    private static func numberedLine(_ text: String) -> (number: Int, text: String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count).drop { $0 == "." || $0 == "．" || $0 == "、" || $0 == " " }
        guard let first = rest.first, !first.isNumber else { return nil }
        return (number, String(rest))
    }

    /// An institution's name and place: no sentence end, no label, some Chinese or Latin words.
    private func isAffiliationText(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("@") && !SentenceEnd.endsSentence(text) && LabelRule.field(of: text) == nil
            && text.contains(where: { CharacterClass.isIdeograph($0) || $0.isLetter }) && text.count <= 60
    }
}
