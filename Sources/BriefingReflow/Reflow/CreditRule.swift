/// Image credits as the briefings print them: `（圖片來源：…）` after a caption, or alone.
enum CreditRule {
    private static let labels = ["圖片來源", "图片来源", "圖片提供", "图片提供", "圖片出處", "图片出处", "Photo credit", "Photo"]

    static func labelRange(in text: String) -> Range<String.Index>? {
        // Every label holds 圖, 图 or P: most lines have none and skip the searches.
        guard text.unicodeScalars.contains(where: { $0 == "圖" || $0 == "图" || $0 == "P" }) else { return nil }
        for label in labels {
            if let range = text.range(of: label) { return range }
        }
        return nil
    }

    /// Splits `caption（圖片來源：credit）` into its caption and credit, and the label text removed.
    static func split(_ text: String) -> (caption: String?, credit: String?, labels: [String]) {
        guard let range = labelRange(in: text) else { return (text.isEmpty ? nil : text, nil, []) }
        var caption = String(text[..<range.lowerBound])
        var removed = [String(text[range])]
        var opened = false
        if let last = caption.last, last == "（" || last == "(" {
            caption.removeLast()
            removed.append(String(last))
            opened = true
        }
        var credit = Substring(text[range.upperBound...])
        if let first = credit.first, first == "：" || first == ":" {
            removed.append(String(first))
            credit = credit.dropFirst()
        }
        if opened, let last = credit.last, last == "）" || last == ")" {
            removed.append(String(last))
            credit = credit.dropLast()
        }
        let captionText = caption.trimmingSpaces()
        let creditText = String(credit).trimmingSpaces()
        return (captionText.isEmpty ? nil : captionText, creditText.isEmpty ? nil : creditText, removed)
    }
}
