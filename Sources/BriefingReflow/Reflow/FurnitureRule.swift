import Foundation

/// Page furniture: what the typesetter put on every page rather than in the article.
package enum FurnitureRule {
    /// Digits may be full-width (`— １ —`), as Chinese typesetting prints them.
    private static let pageNumber = try! NSRegularExpression(
        pattern: "^(?:[-–—－]+\\s*[0-9０-９]{1,4}\\s*[-–—－]+|[·•]\\s*[0-9０-９]{1,4}\\s*[·•]|[0-9０-９]{1,4}(?:\\s*/\\s*[0-9０-９]{1,4})?|第\\s*[0-9０-９]{1,4}\\s*[页頁](?:\\s*[，,／/]?\\s*共\\s*[0-9０-９]{1,4}\\s*[页頁])?|(?:page|p\\.)\\s*[0-9０-９]{1,4}(?:\\s*of\\s*[0-9０-９]{1,4})?)$",
        options: [.caseInsensitive])
    private static let issueLine = try! NSRegularExpression(
        pattern: "^(?:[0-9]{4}\\s*年\\s*)?第\\s*[0-9]{1,3}\\s*(?:卷\\s*第\\s*[0-9]{1,3}\\s*)?期$")

    /// A copyright or licence line: `©2022 中国计算语言学大会`, `(c) 2022 …`, `Copyright …`,
    /// `根据《Creative Commons Attribution 4.0 International License》许可出版`.
    static func isLicenceLine(_ text: String) -> Bool {
        // Runs on every line: the length and the first byte rule most out before any search.
        guard text.utf8.count <= 270, let first = text.utf8.first else { return false }
        if first == 0xC2 || first == UInt8(ascii: "(") || first == UInt8(ascii: "C") || first == 0xE7 {
            if text.hasPrefix("©") || text.hasPrefix("(c) ") || text.hasPrefix("Copyright ") || text.hasPrefix("版权所有")
                || text.hasPrefix("版權所有") { return true }
        }
        return containsBytes(text, creativeCommons)
    }

    private static let creativeCommons = Array("Creative Commons".utf8)

    /// Whether `text` holds `needle` as UTF-8 bytes (an ASCII needle matches only ASCII bytes).
    private static func containsBytes(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count, let first = needle.first else { return false }
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == first, (1..<needle.count).allSatisfy({ bytes[index + $0] == needle[$0] }) { return true }
                index += 1
            }
            return false
        }
    }

    static func isPageNumber(_ text: String) -> Bool {
        startsWith("-–—－第·•Pp", orDigit: text) && matches(pageNumber, text)
    }

    /// A journal's issue line such as `2025年第3期`, returned without spaces.
    static func issue(in text: String) -> String? {
        startsWith("第", orDigit: text) && matches(issueLine, text) ? text.filter { $0 != " " } : nil
    }

    /// Text compared for repeats: spaces and footnote markers (`[12]`) removed. Runs on every
    /// body line twice, so it works on UTF-8 bytes: a space, a bracket and a digit are ASCII, and
    /// an ASCII byte is never part of a longer UTF-8 sequence, so no other character is touched.
    package static func comparable(_ text: String) -> String {
        var spaceless: [UInt8] = []
        spaceless.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != UInt8(ascii: " ") { spaceless.append(byte) }
        return spaceless.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { kept in
                var count = 0, index = 0
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "["), let end = markerEnd(bytes, openingAt: index) {
                        index = end
                    } else {
                        kept[count] = bytes[index]
                        count += 1
                        index += 1
                    }
                }
                return count
            }
        }
    }

    /// The index after `[n]` (one to three ASCII digits) opening at `index`.
    private static func markerEnd(_ bytes: UnsafeBufferPointer<UInt8>, openingAt index: Int) -> Int? {
        var cursor = index + 1
        while cursor < bytes.count, cursor - index <= 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) { cursor += 1 }
        guard cursor > index + 1, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "]") else { return nil }
        return cursor + 1
    }

    private static func startsWith(_ scalars: String, orDigit text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || ("０"..."９").contains(first) || scalars.unicodeScalars.contains(first)
    }

    /// A line of hashtags only, as social posts of the article end: `#遠景論壇 #美國`.
    static func hashtags(in text: String) -> [String]? {
        guard text.unicodeScalars.first(where: { $0 != " " }) == "#" else { return nil }
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.hasPrefix("#") && $0.count > 1 }) else { return nil }
        return words.map { String($0.dropFirst()) }
    }

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
