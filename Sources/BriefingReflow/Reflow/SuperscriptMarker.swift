import BriefingCore

/// Where `pdftotext` leaves a footnote's superscript number, which it cannot keep in the line.
///
/// A superscript sits above the baseline, so the extraction either puts it on a line of its own
/// just before the line it belongs to and leaves a space where it stood (word processors:
/// `1` / `同 （見本案…）。`), or keeps it in the line followed by a space (LaTeX:
/// `模型0 。`, `语料库1 作为`). These find the spot in the line.
enum SuperscriptMarker {
    /// Punctuation a note call stands before: the space left by the marker precedes it.
    private static let closing: Set<Character> = Set("，。、；：）」』！？》”,.;:)")
    /// Figures, tables, formulas, chapters and articles take a number (`图2`, `第3`); a call does not follow them.
    private static let numberedLabels: Set<Character> = Set("图圖表式第章节節条條")

    /// The offset (in Characters) of the space a marker printed on the line above left behind:
    /// preferably a space before closing punctuation, else a space between two Chinese characters.
    /// A space next to a Latin letter or digit is the extraction's spacing, not a marker's.
    static func gapOffset(in text: String) -> Int? {
        let characters = Array(text)
        var fallback: Int?
        var index = 0
        while index < characters.count {
            guard characters[index] == " " else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end] == " " { end += 1 }
            if index > 0, end < characters.count {
                let before = characters[index - 1], after = characters[end]
                if closing.contains(after), !before.isASCII { return index }
                if fallback == nil, CharacterClass.isCJK(before), CharacterClass.isCJK(after), !before.isASCII, !after.isASCII {
                    fallback = index
                }
            }
            index = end
        }
        return fallback
    }

    /// The range (in Characters) of `number` printed inline as a superscript: right after a
    /// character that is not a digit, point or space, and followed by a space or the line's end.
    /// `loosely` also takes a number after a Latin word and a space (`jieba 4 进行`) or after the
    /// word's own digits (`Lang85 ：`), but always before a space and something not a digit.
    /// `gluedToText`, for documents whose notes glue their numbers to the text (where ordinary
    /// figures stand apart: `2025 年`), also a number between two words (`“一降三减”1良好`).
    static func inlineRange(of number: Int, in text: String, from start: Int = 0, loosely: Bool = false,
                            gluedToText: Bool = false) -> Range<Int>? {
        let characters = Array(text)
        let digits = Array(String(number))
        var index = max(start, 1)
        while index + digits.count <= characters.count {
            defer { index += 1 }
            guard characters[index..<index + digits.count].elementsEqual(digits) else { continue }
            let after = index + digits.count
            let before = characters[index - 1]
            // The extraction may put a space before it (`“五互一共” 2人才`, `规划 2体系`) but none
            // after, where an ordinary figure has one on both sides (`2 家`).
            let closedBefore = before == " " && index >= 2
                && (CharacterClass.closers.contains(characters[index - 2]) || CharacterClass.isCJK(characters[index - 2]))
            if gluedToText, after < characters.count, !characters[after].isNumber, characters[after] != " ", characters[after] != ".",
               !before.isNumber, CharacterClass.isCJK(before) || CharacterClass.closers.contains(before) || closedBefore,
               CharacterClass.isCJK(characters[after]), !numberedLabels.contains(before),
               !"年月日号號时時点點个個位万萬亿億元次条條章节節项項%％".contains(characters[after]) {
                return index..<after
            }
            guard after == characters.count || characters[after] == " " else { continue }
            // A number that counts something (`共 3 项`) has a space before it; a superscript has none.
            // A figure, table, formula or chapter takes a number (`图2 所示`, `第3 章`), a note call does not.
            if numberedLabels.contains(before) { continue }
            if !before.isNumber, before != ".", before != " ", before != "-", before != "/",
               !(before.isASCII && before.isLetter && before.isUppercase), !endsWithNumberedWord(characters[..<index]) {
                return index..<after
            }
            guard loosely, after + 1 < characters.count, !characters[after + 1].isNumber else { continue }
            if before == " ", index >= 2, characters[index - 2].isASCII, characters[index - 2].isLetter { return index..<after }
            if before.isASCII, before.isNumber, index >= 2, characters[index - 2].isASCII, characters[index - 2].isLetter {
                return index..<after
            }
        }
        return nil
    }

    /// Latin words that take a number: `Fig2`, `Table 3`, `Eq1`, model names such as `Llama2`
    /// are not told from calls by shape, so only the labels are.
    private static func endsWithNumberedWord(_ characters: ArraySlice<Character>) -> Bool {
        let word = String(characters.reversed().prefix { $0.isASCII && $0.isLetter }.reversed()).lowercased()
        return ["fig", "figure", "table", "tab", "eq", "section", "sec", "chapter", "step", "top", "page"].contains(word)
    }
}
