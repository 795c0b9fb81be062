import BriefingCore
import Foundation

/// The signature an official document closes with (or closes its covering letter with): the
/// issuing body on one line and the date on the next (`杭州市人民政府办公厅` / `2025 年 4 月 30 日`),
/// and the signed line of a report (`提案委員：蔡崇義、范巽綠`). They say who issued the text
/// and when; they are not body.
enum SignatureRule {
    /// How the names of issuing bodies end, in both scripts: governments, their offices,
    /// ministries, bureaus, commissions, councils, courts.
    private static let bodyEndings = [
        "政府", "办公厅", "辦公廳", "办公室", "辦公室", "委员会", "委員會", "国务院", "國務院", "中央", "人大常委会",
        "部", "局", "厅", "廳", "署", "院", "会", "會", "委", "处", "處", "司", "中心", "小组", "小組", "办", "辦",
    ]

    /// A signed line: a short label naming a role (`提案委員`, `调查委员`, `执笔人`, `撰稿者`), a
    /// colon, then names.
    private static let signerLabel = try! NSRegularExpression(pattern: "^\\p{Han}{0,4}(?:委員|委员|人|者)\\s*[：:]\\s*")

    private static let date = try! NSRegularExpression(pattern:
        "^([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*日$")

    /// The first line of a colophon: the copies' recipients.
    static func opensColophon(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "抄" || first == "分" else { return false }
        return ["抄送", "抄報", "抄报", "分送"].contains { text.hasPrefix($0) } && text.contains(where: { $0 == "：" || $0 == ":" })
    }

    /// The colophon's printing line: a date and 印发 (`2025年5月6日印发`), after the office or not.
    static func isPrintingLine(_ text: String) -> Bool {
        let plain = text.filter { $0 != " " }
        guard plain.hasSuffix("印发") || plain.hasSuffix("印發") else { return false }
        return plain.contains("年") && plain.contains("月") && plain.dropLast(2).hasSuffix("日")
    }

    /// Whether a line names an issuing body: a few words with no punctuation, ending as one does.
    static func isIssuingBody(_ text: String) -> Bool {
        (3...30).contains(text.count) && !text.contains(where: { CharacterClass.clausePunctuation.contains($0) || $0 == " " })
            && text.allSatisfy(CharacterClass.isIdeograph) && bodyEndings.contains { text.hasSuffix($0) }
            && !text.hasSuffix("大会") && !text.hasSuffix("大會")
    }

    /// A signature's date as `YYYY-MM-DD`, from Arabic, full-width or Chinese numerals.
    static func isoDate(_ text: String) -> String? {
        guard let match = date.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        let parts = (1...3).compactMap { Range(match.range(at: $0), in: text).map { number(String(text[$0])) } }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return FrontLineRule.iso(year: year, month: month, day: day)
    }

    /// The names a signed line lists: `提案委員：蔡崇義、范巽綠`.
    static func signers(in text: String) -> [String]? {
        // Most lines have no colon near their start and skip the regular expression.
        guard text.utf8.count <= 120, text.unicodeScalars.prefix(8).contains(where: { $0 == "：" || $0 == ":" }),
              let match = signerLabel.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let label = Range(match.range, in: text) else { return nil }
        let rest = text[label.upperBound...]
        let names = rest.split(whereSeparator: { "、，, ".contains($0) }).map(String.init)
        guard !names.isEmpty, names.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy(CharacterClass.isIdeograph) }) else { return nil }
        return names
    }

    private static func number(_ text: String) -> Int? {
        let ascii = String(text.unicodeScalars.map { scalar -> Character in
            (0xFF10...0xFF19).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
        })
        if let value = Int(ascii) { return value }
        let digits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text.count == 4 { return text.reduce(0) { $0 * 10 + (digits[$1] ?? 0) } }
        // 十 as tens: 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31.
        let characters = Array(text)
        guard let ten = characters.firstIndex(of: "十") else { return characters.first.flatMap { digits[$0] } }
        let tens = ten == 0 ? 1 : (digits[characters[0]] ?? 0)
        let ones = ten + 1 < characters.count ? (digits[characters[ten + 1]] ?? 0) : 0
        return tens * 10 + ones
    }
}
