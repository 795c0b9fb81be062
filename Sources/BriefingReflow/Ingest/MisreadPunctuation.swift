/// Full-width punctuation that some Chinese PDF fonts (Founder's, used for most mainland
/// government printing) map to the wrong code points: the glyph's GB 2312 code is written as if
/// it were Unicode, so `，` (GB A3AC) comes out as the Yi syllable `ꎬ` (U+A3AC). Row 3 of GB 2312
/// (A3A1–A3FE) is the full-width ASCII block (U+FF01–FF5E), except that these fonts print the
/// Chinese full stop at A3AE; row 1 holds the Chinese marks (、。“”《》…). Real Yi text never
/// appears in this archive amid Chinese, so when such code points stand among far more Chinese
/// characters they are put back.
public enum MisreadPunctuation {
    /// Row 1 of GB 2312: the marks these fonts use, by their code.
    private static let rowOne: [UInt32: Character] = [
        0xA1A2: "、", 0xA1A3: "。", 0xA1A4: "·", 0xA1AA: "—", 0xA1AD: "…", 0xA1AE: "‘", 0xA1AF: "’",
        0xA1B0: "“", 0xA1B1: "”", 0xA1B2: "〔", 0xA1B3: "〕", 0xA1B4: "〈", 0xA1B5: "〉", 0xA1B6: "《",
        0xA1B7: "》", 0xA1B8: "「", 0xA1B9: "」", 0xA1BA: "『", 0xA1BB: "』", 0xA1BE: "【", 0xA1BF: "】",
    ]

    /// What a misread code point prints, if it is one.
    static func repaired(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0xA3AE: return "。"
        case 0xA3A1...0xA3FE: return Unicode.Scalar(scalar.value - 0xA3A1 + 0xFF01).map(Character.init)
        default: return rowOne[scalar.value]
        }
    }

    /// The text with misread punctuation put back, and how many were, or the text itself.
    public static func repair(_ text: String) -> (text: String, count: Int) {
        // U+A1A0–U+A3FF is EA 86 A0 to EA 8F BF in UTF-8; most texts have no EA 86–8F pair.
        var previous: UInt8 = 0
        var found = false
        for byte in text.utf8 {
            if previous == 0xEA, (0x86...0x8F).contains(byte) { found = true; break }
            previous = byte
        }
        guard found else { return (text, 0) }
        var misread = 0, han = 0, guillemets = 0
        for scalar in text.unicodeScalars {
            if (0xA000...0xA4CF).contains(scalar.value) { misread += 1 }
            if (0x4E00...0x9FFF).contains(scalar.value) { han += 1 }
            if scalar == "«" || scalar == "»" { guillemets += 1 }
        }
        guard misread > 0, misread * 5 < han else { return (text, 0) }
        var count = 0
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let fixed = repaired(scalar) {
                output.append(contentsOf: fixed.unicodeScalars)
                count += 1
            } else if guillemets > 0, scalar == "«" || scalar == "»" {
                // The same fonts print book-title marks as guillemets (`«支持…»`).
                output.append(scalar == "«" ? "《" : "》")
                count += 1
            } else {
                output.append(scalar)
            }
        }
        return count > 0 ? (String(output), count) : (text, 0)
    }
}
