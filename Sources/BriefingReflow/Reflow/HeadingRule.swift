import Foundation

/// The numbering forms Chinese articles use for section headings, ranked from outermost.
/// Legal and official texts number parts, chapters, sections and articles (`第一章`, `第二節`,
/// `第3條`) and may put formal numerals (`壹、`) above `一、`; academic papers number sections
/// decimally (`1 引言`, `2.1 数据`, `2.1.3 …`).
enum HeadingStyle: Int, Sendable, Comparable {
    case part = 0                // 第一编 第一部分
    case chapter                 // 第一章
    case section                 // 第一节 第一節
    case article                 // 第一条 第3條 (alone on its line)
    case formalNumeral           // 壹、
    case chineseNumeral          // 一、
    case parenthesisedChinese    // （一） (一)
    case decimalTop              // 1 引言
    case arabic                  // 1. 1、
    case decimalSecond           // 2.1 数据
    case decimalThird            // 2.1.3 方法
    case parenthesisedArabic     // （1） (1)

    static func < (lhs: HeadingStyle, rhs: HeadingStyle) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Recognises heading lines by their numbering, and the unnumbered closing headings.
enum HeadingRule {
    private static let ordinal = "[一二三四五六七八九十百零〇0-9]{1,4}"
    private static let patterns: [(HeadingStyle, NSRegularExpression)] = [
        (.part, try! NSRegularExpression(pattern: "^第\\s*\(ordinal)\\s*(?:编|編|部分)(?:\\s|$)")),
        (.chapter, try! NSRegularExpression(pattern: "^第\\s*\(ordinal)\\s*章(?:\\s|$)")),
        (.section, try! NSRegularExpression(pattern: "^第\\s*\(ordinal)\\s*[节節](?:\\s|$)")),
        (.article, try! NSRegularExpression(pattern: "^第\\s*\(ordinal)\\s*(?:条|條)(?:之[一二三四五六七八九十0-9]+)?$")),
        (.formalNumeral, try! NSRegularExpression(pattern: "^[壹貳贰參叁肆伍陸陆柒捌玖拾]{1,3}[、.．]")),
        // `一、…`, or the numeral alone on its line, as essays number their parts.
        (.chineseNumeral, try! NSRegularExpression(pattern: "^[一二三四五六七八九十]{1,3}(?:、|$)")),
        (.parenthesisedChinese, try! NSRegularExpression(pattern: "^[（(]\\s?[一二三四五六七八九十]{1,3}\\s?[）)]")),
        (.decimalTop, try! NSRegularExpression(pattern: "^[0-9]{1,2}\\s+[^\\s0-9.．%％年月日个個位万萬亿億元]")),
        (.arabic, try! NSRegularExpression(pattern: "^[0-9]{1,2}[.．、](?![0-9])\\s*\\S")),
        (.decimalSecond, try! NSRegularExpression(pattern: "^[0-9]{1,2}[.．][0-9]{1,2}(?![.．0-9])\\s*[^\\s0-9%％/]")),
        (.decimalThird, try! NSRegularExpression(pattern: "^[0-9]{1,2}[.．][0-9]{1,2}[.．][0-9]{1,2}(?![.．0-9])\\s*[^\\s0-9%％/]")),
        (.parenthesisedArabic, try! NSRegularExpression(pattern: "^[（(][0-9]{1,2}[）)]\\s*\\S")),
    ]

    /// Unnumbered headings that open or close an article, compared with spaces removed.
    static let namedHeadings: Set<String> = [
        "前言", "引言", "导言", "導言", "结语", "結語", "结论", "結論", "余论", "餘論",
        "小结", "小結", "总结", "總結", "结束语", "結束語", "代结语", "代結語", "参考文献", "參考文獻", "致谢", "致謝",
    ]

    /// Every numbering above begins with one of these (or an ASCII digit); other lines skip the
    /// regular expressions, which would first copy the whole line to UTF-16.
    private static let firstScalars = Set("一二三四五六七八九十（(第壹貳贰參叁肆伍陸陆柒捌玖拾".unicodeScalars)

    static func numberedStyle(of text: String) -> HeadingStyle? {
        guard let first = text.unicodeScalars.first,
              firstScalars.contains(first) || ("0"..."9").contains(first) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        for (style, pattern) in patterns where pattern.firstMatch(in: text, range: range) != nil {
            return style
        }
        return nil
    }

    /// The heading of a reference list.
    static func opensReferences(_ text: String) -> Bool {
        let plain = text.filter { $0 != " " }
        return plain == "参考文献" || plain == "參考文獻"
    }

    static func isNamedHeading(_ text: String) -> Bool {
        // The longest named heading is 9 bytes of UTF-8; most lines are rejected by length alone.
        var bytes = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            bytes += 1
            if bytes > 12 { return false }
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
