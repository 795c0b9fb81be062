import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TextLineTests {
    @Test func rawLinesSplitAtLineFeedCharactersOnly() {
        let texts = ["", "\n", "a\n\nb\n", "一\r\n二\n三", "\r\n\r\n", "x\n\u{301}y", "\"\u{301}\n👍🏽\n", "全形　\n\u{200D}\n"]
        for text in texts {
            #expect(TextLine.rawLines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
        #expect(TextLine.rawLines("一\r\n二\n三") == ["一\r\n二", "三"], "CRLF is one Character, not a line feed")
    }

    @Test func scanReadsLayoutFacts() {
        let lines = TextLine.scan(" 標題\n\n   縮排 \n  \nabc")
        #expect(lines.map(\.number) == [1, 3, 4, 5])
        #expect(lines.map(\.content) == ["標題", "縮排", "", "abc"])
        #expect(lines.map(\.startsPage) == [true, true, false, false])
        #expect(lines.map(\.isIndented) == [false, true, false, false])
        #expect(lines.map(\.hasTrailingSpace) == [false, true, false, false])
        #expect(lines.map(\.isSpacer) == [false, false, true, false])
    }
}

struct WhitespaceNormalisationTests {
    /// The rule as written over scalars, which the byte version must match.
    static func scalarRule(_ raw: Substring) -> String {
        var output = ""
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x3000, 0x2003: output += "  "
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F: output += " "
            case 0x200B...0x200D, 0x2060, 0xFEFF: continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test func widensTabsAndWideSpacesAndDropsZeroWidthCharacters() {
        #expect(normaliseWhitespace("\t一\u{3000}二\u{2003}三") == "  一  二  三")
        #expect(normaliseWhitespace("a\u{A0}b\u{2002}c\u{202F}d\u{205F}e") == "a b c d e")
        #expect(normaliseWhitespace("\u{FEFF}零\u{200B}寬\u{2060}字\u{200D}") == "零寬字")
    }

    @Test func matchesTheScalarRuleAroundEveryNeighbourOfTheSpaces() {
        // Every scalar of U+2000...U+206F, U+3000...U+303F and U+FE00...U+FEFF, and others sharing
        // their lead bytes, between text with marks, CRLF, full-width forms and emoji.
        let neighbours = (0x2000...0x206F).map { $0 } + (0x3000...0x303F).map { $0 } + (0xFE00...0xFEFF).map { $0 }
            + [0x09, 0x20, 0x80, 0xA0, 0xA1, 0x301, 0xE000, 0xFF0C, 0x1F44D]
        for value in neighbours {
            let text = "\"\u{301}\t\(Unicode.Scalar(value)!)é\r\nＡ👍🏽\u{A0}"
            #expect(normaliseWhitespace(text[...]) == Self.scalarRule(text[...]), "U+\(String(value, radix: 16))")
        }
        let sliced = "前 後\t尾"
        let middle = sliced[sliced.index(after: sliced.startIndex)...]
        #expect(normaliseWhitespace(middle) == " 後  尾")
    }
}

struct ExtractionFormTests {
    static let pdftotextOutput = "標題\n王小明\n\n第一段第一行\n第一段第二行\n\n第二段\n第二段第二行\n\u{0C}  第二頁縮排\n第二頁第二行\n\u{0C}"

    @Test func formFeedsOrSingleNewlinesMeanPdftotextOutput() {
        #expect(Extraction.form(of: Self.pdftotextOutput) == .pdftotext)
        #expect(Extraction.form(of: Self.pdftotextOutput.replacingOccurrences(of: "\u{0C}", with: "")) == .pdftotext)
        #expect(Extraction.form(of: Extraction.seedForm(Self.pdftotextOutput)) == .seed)
        #expect(Extraction.form(of: "短\n\n文") == .seed, "a few lines are read as the seeds are")
    }

    @Test func seedFormMarksPagesAndGaps() {
        #expect(Extraction.seedForm("一\n\n二\n\u{0C}\n三\n\u{0C}") == " 一\n\n \n\n二\n\n \n\n 三\n\n")
    }

    @Test func bothFormsScanToTheSameLines() {
        let direct = TextLine.scan(Self.pdftotextOutput)
        let viaSeedForm = TextLine.scan(Extraction.seedForm(Self.pdftotextOutput))
        #expect(direct.map(\.content) == viaSeedForm.map(\.content))
        #expect(direct.map(\.startsPage) == viaSeedForm.map(\.startsPage))
        #expect(direct.map(\.isIndented) == viaSeedForm.map(\.isIndented))
        #expect(direct.map(\.isSpacer) == viaSeedForm.map(\.isSpacer))
        #expect(direct.filter(\.startsPage).map(\.content) == ["標題", "第二頁縮排"])
        #expect(direct.map(\.number).prefix(4) == [1, 2, 3, 4], "line numbers are the file's own")
    }
}

struct InvisibleCharactersTests {
    @Test func dropsControlAndPrivateUseCharactersAndSaysWhere() {
        let (text, removal) = InvisibleCharacters.strip("一\n二\u{E001}三\u{7}\u{F0001}\n\u{0C}四\t五", keepingFormFeeds: false)
        #expect(text == "一\n二三\n\n四\t五")
        #expect(removal == InvisibleCharacters.Removal(count: 3, firstLine: 2))
        let kept = InvisibleCharacters.strip("頁一\u{0C}頁二", keepingFormFeeds: true)
        #expect(kept.text == "頁一\u{0C}頁二" && kept.removal == nil)
        #expect(InvisibleCharacters.strip("平常的文字 plain", keepingFormFeeds: false).removal == nil)
        #expect(InvisibleCharacters.strip("\u{F8FF}\u{F900}", keepingFormFeeds: false).text == "\u{F900}", "U+F900 is a real ideograph")
    }

    @Test func convertedTextCarriesNoneAndWarns() {
        let seed = Seed(id: "pua", path: "seeds/pua.txt", format: .rawText,
                        text: " 標題\u{E000}\n\n王小明\n\n第一段\u{0C}文字，完。\n\n")
        let conversion = TestSupport.convert(seed)
        let markdown = MarkdownWriter.file(for: MarkdownWriter.document(for: conversion.article, sourcePath: seed.path))
        #expect(!markdown.unicodeScalars.contains { $0.value == 0xE000 || $0.value == 0x0C })
        #expect(conversion.diagnostics.contains { $0.description.hasPrefix("seeds/pua.txt:1: reflow: warning: dropped 1 control or private-use character") })
    }
}
