import Foundation

/// The numbering forms Chinese articles use for section headings, ranked from outermost.
enum HeadingStyle: Int, Sendable, Comparable {
    case chineseNumeral = 0      // 一、
    case parenthesisedChinese    // （一） (一)
    case arabic                  // 1. 1、
    case parenthesisedArabic     // （1） (1)

    static func < (lhs: HeadingStyle, rhs: HeadingStyle) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Recognises heading lines by their numbering, and the unnumbered closing headings.
enum HeadingRule {
    private static let patterns: [(HeadingStyle, NSRegularExpression)] = [
        (.chineseNumeral, try! NSRegularExpression(pattern: "^[一二三四五六七八九十]{1,3}、")),
        (.parenthesisedChinese, try! NSRegularExpression(pattern: "^[（(][一二三四五六七八九十]{1,3}[）)]")),
        (.arabic, try! NSRegularExpression(pattern: "^[0-9]{1,2}[.．、](?![0-9])\\s*\\S")),
        (.parenthesisedArabic, try! NSRegularExpression(pattern: "^[（(][0-9]{1,2}[）)]\\s*\\S")),
    ]

    /// Unnumbered headings that open or close an article, compared with spaces removed.
    static let namedHeadings: Set<String> = [
        "前言", "引言", "导言", "導言", "结语", "結語", "结论", "結論", "余论", "餘論",
        "小结", "小結", "总结", "總結", "结束语", "結束語", "代结语", "代結語",
    ]

    /// Every numbering above begins with one of these (or an ASCII digit); other lines skip the
    /// regular expressions, which would first copy the whole line to UTF-16.
    private static let firstScalars = Set("一二三四五六七八九十（(".unicodeScalars)

    static func numberedStyle(of text: String) -> HeadingStyle? {
        guard let first = text.unicodeScalars.first,
              firstScalars.contains(first) || ("0"..."9").contains(first) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        for (style, pattern) in patterns where pattern.firstMatch(in: text, range: range) != nil {
            return style
        }
        return nil
    }

    static func isNamedHeading(_ text: String) -> Bool {
        // The longest named heading is 9 bytes of UTF-8; most lines are rejected by length alone.
        var bytes = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            bytes += 1
            if bytes > 9 { return false }
        }
        return namedHeadings.contains(text.filter { $0 != " " })
    }

    /// Heading levels for the styles a document uses: the outermost present becomes `##`.
    static func levels(for styles: Set<HeadingStyle>) -> [HeadingStyle: Int] {
        var levels: [HeadingStyle: Int] = [:]
        for (offset, style) in styles.sorted().enumerated() { levels[style] = 2 + offset }
        return levels
    }
}
