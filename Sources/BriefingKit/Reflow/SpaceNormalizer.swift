/// Removes the spaces PDF extraction leaves inside Chinese text without touching English.
///
/// A run of spaces next to a CJK character goes (`2025 年 1 月` → `2025年1月`, `信 强` → `信强`);
/// a run between two Latin words becomes one space; a hyphen spaced between CJK names closes up
/// (`迪亚斯 - 巴拉特` → `迪亚斯-巴拉特`).
enum SpaceNormalizer {
    static func normalize(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return text }
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
            if let before, let after, keepsSpace(between: before, and: after, next: end + 1 < characters.count ? characters[end + 1] : nil) {
                output.append(" ")
            }
            index = end
        }
        return closeSpacedHyphens(output)
    }

    private static func keepsSpace(between before: Character, and after: Character, next: Character?) -> Bool {
        if CharacterClass.isCJK(before) || CharacterClass.isCJK(after) { return false }
        return true
    }

    private static func closeSpacedHyphens(_ text: String) -> String {
        guard text.contains(" - ") else { return text }
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
}
