/// Character classes the reflow rules are written in.
package enum CharacterClass {
    /// Ideographs, kana, hangul, CJK punctuation and full-width forms: text that takes no spaces between.
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2026,  // the ellipsis, which Chinese prints doubled and full-width (……)
            0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3190...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFFEF, 0x20000...0x3FFFF,
            0xE000...0xE001:  // footnote placeholders sit in CJK text like CJK
            return true
        default:
            return false
        }
    }

    package static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isCJK) ?? false
    }

    /// A CJK ideograph proper (not punctuation), as used in names.
    package static func isIdeograph(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Letters and digits of Latin-script text (ASCII and Latin-1/Extended letters such as `í`).
    package static func isLatinWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.isASCII { return character.isLetter || character.isNumber }
        return (0x00C0...0x024F).contains(scalar.value) && character.isLetter
    }

    /// Sentence-final punctuation after which a paragraph may end.
    package static let sentenceEnders: Set<Character> = ["。", "！", "？", "!", "?", "…", "．"]
    /// Closing quotes and brackets that may follow a sentence ender.
    package static let closers: Set<Character> = ["」", "』", "”", "’", "）", ")", "》", "\"", "'", "]", "】", "〕"]
    /// Punctuation that never ends a heading.
    package static let clausePunctuation: Set<Character> = ["，", "、", "；", "：", ",", ";", ":", "。", "！", "？"]

    /// A scalar that is a Character of its own next to any other such scalar (grapheme break
    /// class Other or Control, never a carriage return): text made only of these has one Character
    /// per scalar, so a rule written over Characters can run over scalars instead. The ranges are
    /// the ones seeds are made of; `CharacterClassTests` checks every scalar in them.
    package static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x2FF, 0x2010...0x2027, 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xE000...0xE001, 0xFF01...0xFF60, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// The number of Characters, counted as scalars when every scalar stands alone.
    package static func characterCount(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return text.count }
            count += 1
        }
        return count
    }

    /// The printed width in half-em units: CJK is 2, Latin 1, a space half.
    package static func width(of text: Substring) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return characterWidth(of: text) }
            if scalar == " " {
                total += 0.5
            } else if isCJK(scalar) || isWideQuote(scalar) {
                total += 2
            } else {
                total += 1
            }
        }
        return total
    }

    /// `width(of:)` one Character at a time, for text with scalars that may join into one Character.
    package static func characterWidth(of text: Substring) -> Double {
        var total = 0.0
        for character in text {
            if character == " " {
                total += 0.5
            } else if isCJK(character) || isWideQuote(character) {
                total += 2
            } else {
                total += 1
            }
        }
        return total
    }

    package static func width(of text: String) -> Double { width(of: text[...]) }

    private static func isWideQuote(_ character: Character) -> Bool {
        ["“", "”", "‘", "’", "—", "…", "·"].contains(character)
    }

    /// A scalar that stands alone and is one of the wide quotes: no scalar that stands alone is
    /// canonically equivalent to another (U+0387, which is `·`, does not stand alone).
    private static func isWideQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x00B7: return true
        default: return false
        }
    }
}
