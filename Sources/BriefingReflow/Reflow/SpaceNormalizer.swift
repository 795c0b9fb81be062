import BriefingCore

/// Removes the spaces PDF extraction leaves inside Chinese text without touching English.
///
/// A run of spaces next to a CJK character goes (`2025 年 1 月` → `2025年1月`, `信 强` → `信强`);
/// a run between two Latin words becomes one space; a hyphen spaced between CJK names closes up
/// (`迪亚斯 - 巴拉特` → `迪亚斯-巴拉特`).
///
/// The rules are written over Characters. Text whose scalars all stand alone
/// (`CharacterClass.standsAlone`) has one Character per scalar, and removing spaces cannot join
/// two of them, so such text, nearly every paragraph, is worked on as UTF-8 bytes.
enum SpaceNormalizer {
    private static let space = UInt8(ascii: " ")

    static func normalize(_ text: String) -> String {
        guard text.utf8.contains(space) else { return text }
        guard text.unicodeScalars.allSatisfy(CharacterClass.standsAlone) else { return normalizeCharacters(text) }
        var text = text
        let output = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var lastStart: Int?
                var startBeforeLast: Int?
                var index = 0
                while index < bytes.count {
                    guard bytes[index] == space else {
                        if !UTF8.isContinuation(bytes[index]) { (startBeforeLast, lastStart) = (lastStart, count) }
                        output[count] = bytes[index]
                        count += 1
                        index += 1
                        continue
                    }
                    var end = index
                    while end < bytes.count, bytes[end] == space { end += 1 }
                    if let lastStart, end < bytes.count,
                       keepsSpace(after: scalar(startingAt: lastStart, in: UnsafeBufferPointer(output)),
                                  before: scalar(startingAt: end, in: bytes),
                                  outside: (startBeforeLast.map { scalar(startingAt: $0, in: UnsafeBufferPointer(output)) },
                                            scalar(after: end, in: bytes))) {
                        output[count] = space
                        count += 1
                    }
                    index = end
                }
                return count
            }
        }
        return closeSpacedHyphensBytes(output)
    }

    /// The Character rule, for text in which scalars may join.
    static func normalizeCharacters(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == " " else {
                output.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == " " { end += 1 }
            let before = output.last
            let after = end < characters.count ? characters[end] : nil
            let outerBefore = output.count >= 2 ? output[output.index(before: output.index(before: output.endIndex))] : nil
            let outerAfter = characters[min(end + 1, characters.count)...].first { $0 != " " }
            if let before, let after, keepsSpace(between: before, and: after, outside: (outerBefore, outerAfter)) {
                output.append(" ")
            }
            index = end
        }
        return closeSpacedHyphens(output)
    }

    private static func keepsSpace(between before: Character, and after: Character,
                                   outside: (before: Character?, after: Character?)) -> Bool {
        guard let left = before.unicodeScalars.first, let right = after.unicodeScalars.first else { return true }
        return keepsSpace(after: left, before: right, outside: (outside.before?.unicodeScalars.first, outside.after?.unicodeScalars.first))
    }

    /// No space next to CJK; none inside quotes or brackets (`“ AI` , `AI ”`), and none before
    /// a comma, stop or closing mark (`清单” ,`), in any script. A mark or symbol that Chinese
    /// text holds on its other side belongs to that text, wherever the font took it from: no
    /// space after a closing quote or bracket that closes Chinese words (`服务” OPC`,
    /// `工作局) OPC`, `清单” “技术`), before an opening one that opens them, nor beside a
    /// symbol joined to them (`AI +超级`).
    private static func keepsSpace(after left: Unicode.Scalar, before right: Unicode.Scalar,
                                   outside: (before: Unicode.Scalar?, after: Unicode.Scalar?)) -> Bool {
        if CharacterClass.isCJK(left) || CharacterClass.isCJK(right) { return false }
        if opening.contains(left) || closing.contains(right) { return false }
        let heldBefore = outside.before.map(CharacterClass.isCJK) == true
        let heldAfter = outside.after.map(CharacterClass.isCJK) == true
        if heldBefore, closingMarks.contains(left) || joining.contains(left) { return false }
        if heldAfter, opening.contains(right) || joining.contains(right) { return false }
        return true
    }

    /// Quotes and brackets that close; a comma or stop after Chinese words keeps the space after it
    /// (`孙茂松. 2022.` in a reference).
    private static let closingMarks: Set<Unicode.Scalar> = ["”", "’", ")", "]"]

    /// Symbols that stand between words without spaces of their own in Chinese text.
    private static let joining: Set<Unicode.Scalar> = ["+", "=", "&", "/", "×", "~"]

    private static let opening: Set<Unicode.Scalar> = ["“", "‘", "(", "["]
    private static let closing: Set<Unicode.Scalar> = ["”", "’", ")", "]", ",", ".", ";", ":", "!", "?"]

    /// Closes ` - ` between two ideographs, reading left to right over the text as already closed.
    static func closeSpacedHyphens(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy(CharacterClass.standsAlone) else {
            return text.contains(" - ") ? closeSpacedHyphensCharacters(text) : text
        }
        return closeSpacedHyphensBytes(text)
    }

    /// `closeSpacedHyphens` for text whose scalars all stand alone. No scalar sequence is
    /// canonically equivalent to ` - ` but itself, so looking for its bytes answers what
    /// Foundation's `contains` answers, without bridging every paragraph to a Foundation search.
    private static func closeSpacedHyphensBytes(_ text: String) -> String {
        var text = text
        let hasSpacedHyphen = text.withUTF8 { bytes in
            bytes.count >= 3 && (0...(bytes.count - 3)).contains {
                bytes[$0] == space && bytes[$0 + 1] == UInt8(ascii: "-") && bytes[$0 + 2] == space
            }
        }
        guard hasSpacedHyphen else { return text }
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var lastStart: Int?
                var index = 0
                while index < bytes.count {
                    if bytes[index] == space, index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "-"),
                       bytes[index + 2] == space, let lastStart,
                       isIdeograph(scalar(startingAt: lastStart, in: UnsafeBufferPointer(output))),
                       isIdeograph(scalar(startingAt: index + 3, in: bytes)) {
                        output[count] = UInt8(ascii: "-")
                        count += 1
                        index += 3
                        continue
                    }
                    if !UTF8.isContinuation(bytes[index]) { lastStart = count }
                    output[count] = bytes[index]
                    count += 1
                    index += 1
                }
                return count
            }
        }
    }

    static func closeSpacedHyphensCharacters(_ text: String) -> String {
        var characters = Array(text)
        var index = 1
        while index + 2 < characters.count {
            if characters[index] == " ", characters[index + 1] == "-", characters[index + 2] == " ",
               CharacterClass.isIdeograph(characters[index - 1]),
               index + 3 < characters.count, CharacterClass.isIdeograph(characters[index + 3]) {
                characters.remove(at: index + 2)
                characters.remove(at: index)
            }
            index += 1
        }
        return String(characters)
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isIdeograph(Character(scalar))
    }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8.
    private static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        Unicode.Scalar(bytes.utf8Scalar(at: index).value)!
    }

    /// The first scalar that is not a space after the one starting at `index`, if any.
    private static func scalar(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var next = index + bytes.utf8Scalar(at: index).length
        while next < bytes.count, bytes[next] == space { next += 1 }
        return next < bytes.count ? scalar(startingAt: next, in: bytes) : nil
    }
}
