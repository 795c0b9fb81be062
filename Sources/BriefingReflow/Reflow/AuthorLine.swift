import BriefingCore

/// Recognises a by-line of Chinese personal names and splits it into names.
///
/// Names are separated by runs of spaces, and two-character names are often spaced out to line
/// up with three-character ones (`信  强  刁国轩`), so runs of single characters are merged.
/// Marks for author notes (`*`, `[1]`) are returned separately.
enum AuthorLine {
    struct Parsed: Equatable {
        var names: [String]
        var markers: [String]
        /// An office printed before a single name on the same line (`福建省人民政府省长　赵龙`).
        var affiliation: String? = nil
        /// Per name, the number of its affiliation when the line prints one (`张阳1`, `钱晓波1,*`).
        var affiliationNumbers: [Int?] = []
    }

    /// Words that end an office or a role, never a name: a line ending in one is an affiliation.
    static let roleEndings = ["省长", "省長", "市长", "市長", "县长", "縣長", "区长", "區長", "主席", "总理", "總理",
                              "部长", "部長", "院长", "院長", "主任", "书记", "書記", "委员", "委員", "总统", "總統",
                              "议员", "議員", "大使", "教授", "研究员", "研究員", "所长", "所長", "记者", "記者",
                              "社长", "社長", "局长", "局長", "署长", "署長", "司长", "司長", "发言人", "發言人",
                              "讲师", "講師", "博士", "学者", "學者", "编辑", "編輯", "主编", "主編", "董事长", "董事長"]

    /// Labels and common words that a two-to-four-character line may hold and that are never names.
    static let notNames: Set<String> = ["摘要", "关键词", "關鍵詞", "作者", "来源", "來源", "目录", "目錄", "附件",
                                        "前言", "引言", "正文", "全文", "说明", "說明", "概要", "提要", "总则", "總則",
                                        "附则", "附則", "各位代表", "同志们", "同志們", "女士们", "先生们"]

    static func endsWithRole(_ text: String) -> Bool { roleEndings.contains { text.hasSuffix($0) } }

    /// An institution that signs as an author (`中共中央　国务院`): the central organs by name.
    static func isInstitution(_ name: String) -> Bool {
        ["中共中央", "国务院", "國務院", "中央军委", "中央軍委", "全国人大常委会", "行政院", "立法院", "監察院", "监察院", "總統府", "总统府"]
            .contains(name)
    }

    /// `requiringFamilyNames: false` also takes names that open with no listed family name, to
    /// say when a line was refused for that alone.
    static func parse(_ text: String, requiringFamilyNames: Bool = true) -> Parsed? {
        var text = text
        for label in ["作者：", "作者:", "文／", "文/", "撰文：", "撰稿："] where text.hasPrefix(label) {
            text = String(text.dropFirst(label.count)).trimmingSpaces()
        }
        // Names listed with commas or enumeration commas, as journals and conference papers print
        // them: the commas separate, and spaces inside a name are justification (`钱 晓 波 1`).
        if text.contains(where: { "，、,;；".contains($0) }) {
            text = text.split(whereSeparator: { "，、,;；".contains($0) }).map { piece in
                // Spaces inside a piece are justification when what they part makes one name.
                let parts = piece.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
                let ideographs = parts.joined().filter(CharacterClass.isIdeograph).count
                return ideographs <= 4 ? parts.joined() : parts.joined(separator: " ")
            }.joined(separator: " ")
        }
        text = String(text.map { "　".contains($0) ? " " : $0 })
        var words = text.split(separator: " ").map(String.init)
        // A by-line may end with its date (`眾新聞記者 王小明 2020年1月9日`).
        if words.count >= 2, let last = words.last, last.first?.isNumber == true, last.contains("年") || last.contains("/") {
            words.removeLast()
        }
        if words.count >= 2, let last = words.last, (2...4).contains(last.count), last.allSatisfy(CharacterClass.isIdeograph) {
            let office = words.dropLast().joined()
            if endsWithRole(office), office.count > 2 {
                return Parsed(names: [last], markers: [], affiliation: words.dropLast().joined(separator: " "))
            }
        }
        var tokens: [(name: String, number: Int?)] = []
        var markers: [String] = []
        for word in words {
            var name = word
            var digits = ""
            while let last = name.last, "*＊∗†".contains(last) || (last.isASCII && last.isNumber) {
                if last.isNumber { digits.insert(last, at: digits.startIndex) } else { markers.append(String(last)) }
                name.removeLast()
            }
            if name.isEmpty {
                // A number standing apart after a name (`海涛 1`) is that name's affiliation.
                if digits.count <= 2, let number = Int(digits), let last = tokens.indices.last, tokens[last].number == nil {
                    tokens[last].number = number
                }
                continue
            }
            if FootnoteMarker.noteStart(name + " x")?.body == "x" {
                markers.append(name)
                continue
            }
            tokens.append((name, Int(digits.prefix(2)).flatMap { (1...20).contains($0) ? $0 : nil }))
        }
        var names: [String] = []
        var numbers: [Int?] = []
        var pendingSingles = ""
        var pendingNumber: Int?
        for token in tokens {
            guard token.name.allSatisfy({ CharacterClass.isIdeograph($0) || $0 == "·" }) else { return nil }
            if token.name.count == 1 {
                pendingSingles += token.name
                pendingNumber = token.number ?? pendingNumber
                continue
            }
            if !pendingSingles.isEmpty { names.append(pendingSingles); numbers.append(pendingNumber); pendingSingles = "" }
            names.append(token.name)
            numbers.append(token.number)
        }
        if !pendingSingles.isEmpty { names.append(pendingSingles); numbers.append(pendingNumber) }
        guard (1...6).contains(names.count) else { return nil }
        for name in names {
            let plain = name.filter { $0 != "·" }
            let limit = name.contains("·") ? 10 : 4
            guard (2...limit).contains(plain.count), !HeadingRule.isNamedHeading(name), !notNames.contains(name),
                  !endsWithRole(name), HeadingRule.numberedStyle(of: name) == nil,
                  !requiringFamilyNames || name.contains("·") || ChineseSurname.opens(name) || isInstitution(name) else { return nil }
        }
        return Parsed(names: names, markers: markers, affiliationNumbers: numbers)
    }
}
