/// The two forms extracted text reaches the converter in, and how one becomes the other.
///
/// `pdftotext` (poppler, default mode) ends each line with one newline, leaves an empty line
/// where the page has a vertical gap, and ends each page with a form feed (U+000C). The seeds
/// carry the same lines in another form: every line followed by a blank line, a gap as a line
/// holding one space, and a space before the first text of each page. `Tests/Corpus/
/// make-seed-form.py` makes the seed form for the development corpus; `seedForm(_:)` is the
/// same transformation, and the corpus test checks that the two agree.
enum Extraction {
    enum Form: Sendable, Equatable {
        case seed, pdftotext
    }

    /// A text with a form feed, or with far fewer empty lines than lines of text (the seed form
    /// has one after each), is `pdftotext`'s own output.
    static func form(of text: String) -> Form {
        var lines = 0
        var empty = 0
        var previous: UInt8 = UInt8(ascii: "\n")
        for byte in text.utf8 {
            if byte == 0x0C { return .pdftotext }
            if byte == UInt8(ascii: "\n") {
                lines += 1
                if previous == UInt8(ascii: "\n") { empty += 1 }
            }
            previous = byte
        }
        return lines >= 8 && Double(empty) < Double(lines) * 0.4 ? .pdftotext : .seed
    }

    /// The seed form of `pdftotext`'s output.
    static func seedForm(_ extracted: String) -> String {
        seedFormLines(extracted).map { $0.text + "\n\n" }.joined()
    }

    /// The seed form's lines, each with the number of the `pdftotext` line it comes from, so the
    /// converter can read the form directly and still name the file's own lines.
    static func seedFormLines(_ extracted: String) -> [(number: Int, text: String)] {
        var pages = extracted.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        if let last = pages.last, last.allSatisfy(\.isWhitespace) { pages.removeLast() }
        var output: [(number: Int, text: String)] = []
        var firstLine = 1
        for page in pages {
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false)
            // A page's last piece shares its line with the form feed that opens the next page.
            let nextPageLine = firstLine + lines.count - 1
            if lines.last == "" { lines.removeLast() }
            var opensPage = true
            for (offset, line) in lines.enumerated() {
                if line.allSatisfy({ $0 == " " }) {
                    output.append((firstLine + offset, " "))
                } else {
                    output.append((firstLine + offset, (opensPage ? " " : "") + line))
                    opensPage = false
                }
            }
            firstLine = nextPageLine
        }
        return output
    }
}
