import Foundation

/// Lines at the head of a first page that are neither title nor by-line: where and when the
/// text appeared (`来源：四川日报`, `發布時間：2025-08-27`, `2026年02月10日`, a browser's print
/// stamp `2026/5/19 19:11`), and editorial notes in brackets under a title (`（节选）`).
/// The label vocabulary is the one Chinese news sites, government portals and journals print,
/// in both scripts.
enum FrontLineRule {
    private static let provenance = try! NSRegularExpression(pattern:
        "^(?:来源|來源|稿源|出处|出處|发布时间|發布時間|发布日期|發布日期|发文日期|發文日期|发文机关|發文機關|成文日期|原标题|原標題|原文标题|原文標題|字号|字號|责任编辑|責任編輯|编辑|編輯|更新时间|更新時間|日期|时间|時間|浏览次数|瀏覽次數|索引号|索引號|主题分类|主題分類)\\s*[：:]")
    private static let dateLine = try! NSRegularExpression(pattern:
        "^(?:\\d{4}\\s*[年/.\\-－]\\s*\\d{1,2}\\s*[月/.\\-－]\\s*\\d{1,2}\\s*日?|(?:中華民國|中华民国|民國|民国)?\\s*\\d{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?:\\s*[（(]?(?:星期|週|周)[一二三四五六日天][）)]?)?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?$")
    /// An official document's number (`武政规〔2026〕4号`, `國發〔2025〕11號`) or register code.
    private static let documentNumber = try! NSRegularExpression(pattern:
        "^(?:\\S{1,10}[〔［\\[(（]\\s*\\d{4}\\s*[〕］\\])）]\\s*(?:第\\s*)?\\d{1,4}\\s*[号號]|[A-Z]{2,}[0-9A-Z]*(?:-\\d+){2,})$")
    /// A record of when and how the text was adopted, promulgated or delivered, opening with its
    /// date: `中華民國九十一年十二月十一日總統…令制定公布`, `（2019年3月15日…会议通过）`,
    /// `2026年2月3日在…代表大会…会议上`. Statutes and speeches print one under their title.
    private static let datedRecord = try! NSRegularExpression(pattern:
        "^[（(]?\\s*(?:中華民國|中华民国|民國|民国)?\\s*(?:\\d{2,4}|[〇零○一二三四五六七八九十百]{2,7})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日(?![，,、：:]).*(?:通过|通過|公布|施行|发布|發布|修正|修订|修訂|制定|印发|印發|会议上|會議上|讲话|講話|演讲|演講|致辞|致詞)")
    private static let bracketedNote = try! NSRegularExpression(pattern: "^[（(【〔][^）)】〕]{1,24}[）)】〕]$")

    /// A month alone (`2018年6月`, `2025 年 3 月`), as essays and reports date themselves.
    private static let monthLine = try! NSRegularExpression(pattern: "^\\d{4}\\s*年\\s*\\d{1,2}\\s*月$")
    /// A news dateline on a line of its own: a place and a dash (`華盛頓 —`, `北京——`).
    private static let dateline = try! NSRegularExpression(pattern: "^\\p{Han}{2,6}\\s*[—–－-]{1,2}$")

    /// Whether the line says where or when the text appeared, not what it is.
    static func isProvenance(_ text: String) -> Bool {
        matches(provenance, text) || matches(dateLine, text) || matches(documentNumber, text) || matches(monthLine, text)
            || matches(dateline, text)
    }

    /// The red head of an official document: the issuing body's name followed by 文件.
    static func isRedHead(_ text: String) -> Bool {
        text.hasSuffix("文件") && (6...24).contains(text.count) && !text.contains { "，。；：,:".contains($0) }
            && !text.contains("关于") && !text.contains("關於")
    }

    /// A line that addresses the document's recipients (`各区人民政府,市人民政府各部门:`), which
    /// official documents print right under their title.
    static func isAddressee(_ text: String) -> Bool {
        guard let last = text.last, last == "：" || last == ":" else { return false }
        return text.count >= 4
    }

    /// The outlet a `来源：X` line names, when it names one and nothing else.
    static func outlet(in text: String) -> String? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = text[..<colon].trimmingSpaces()
        guard ["来源", "來源", "稿源", "出处", "出處"].contains(label) else { return nil }
        let rest = text[text.index(after: colon)...].trimmingSpaces()
        return !rest.isEmpty && !rest.contains(" ") && rest.count <= 20 ? rest : nil
    }

    private static let anyDate = try! NSRegularExpression(pattern:
        "(中華民國|中华民国|民國|民国)?\\s*([0-9]{2,4})\\s*[年/.\\-－]\\s*([0-9]{1,2})\\s*[月/.\\-－]\\s*([0-9]{1,2})")

    /// The date a provenance or date line states, as `YYYY-MM-DD`: `发布时间：2025-08-27`,
    /// `2026 年 02 月 10 日`, `113 年 5 月 20 日` (a year of the Republic of China, +1911). A print
    /// stamp with a time of day (`2026/5/19 19:11`) dates the printing, not the text: none.
    static func statedDate(in text: String) -> String? {
        guard !text.contains(where: { $0 == ":" }) || matches(provenance, text),
              let match = anyDate.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let yearRange = Range(match.range(at: 2), in: text), let year = Int(text[yearRange]),
              let month = Range(match.range(at: 3), in: text).flatMap({ Int(text[$0]) }),
              let day = Range(match.range(at: 4), in: text).flatMap({ Int(text[$0]) }) else { return nil }
        let republican = match.range(at: 1).location != NSNotFound || text[yearRange].count <= 3
        guard republican || text[yearRange].count == 4, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return iso(year: republican ? year + 1911 : year, month: month, day: day)
    }

    static func iso(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Whether the line records the date and occasion of the text's adoption or delivery.
    static func isDatedRecord(_ text: String) -> Bool { matches(datedRecord, text) }

    /// A short note in brackets on a line of its own: `（节选）`, `（節錄第一章至第二章第二節）`.
    static func isBracketedNote(_ text: String) -> Bool { matches(bracketedNote, text) }

    /// A subtitle's opening dash: `——2026年1月27日在…`, `—兼論…`.
    static func opensSubtitle(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "—―－".contains(first) || text.hasPrefix("--")
    }

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
