import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TokenTableTests {
    private func id(_ token: String, in table: inout TokenTable) -> Int {
        Array(token.utf8).withUnsafeBufferPointer { table.id(of: $0) }
    }

    @Test func numbersTokensInTheOrderFirstSeenAndFindsThemAgainByTheirBytes() {
        var table = TokenTable()
        #expect(["台湾", "marco", "湾", "台湾", "marco"].map { id($0, in: &table) } == [0, 1, 2, 0, 1])
        #expect(table.count == 3)
        #expect(table.tokens == ["台湾", "marco", "湾"])
    }

    @Test func tellsApartTokensThatShareAPrefixOrDifferOnlyInLength() {
        var table = TokenTable()
        let tokens = ["ab", "abc", "abcdefgh", "abcdefghi", "@donald-trump", "@donald-trumq", "@donald-trump-jr", "关税", "关", "税关"]
        #expect(tokens.map { id($0, in: &table) } == Array(tokens.indices))
        #expect(tokens.map { id($0, in: &table) } == Array(tokens.indices))
        #expect(table.tokens == tokens)
    }

    @Test func keepsEveryIdWhileItGrows() {
        var table = TokenTable()
        let tokens = (0..<20_000).map { "詞\($0)" + String(repeating: "x", count: $0 % 13) }
        #expect(tokens.map { id($0, in: &table) } == Array(tokens.indices))
        #expect(tokens.reversed().map { id($0, in: &table) } == Array(tokens.indices.reversed()))
        #expect(table.tokens == tokens)
    }

    @Test func tokensEqualAsStringsShareAnIdAndKeepTheirFirstSpelling() {
        var table = TokenTable()
        let pairs = [("caf\u{E9}", "cafe\u{301}"), ("\u{304C}\u{308B}", "\u{304B}\u{3099}\u{308B}"), ("\u{F900}", "\u{8C48}"),
                     ("\u{1100}\u{1161}", "\u{AC00}")]
        for (first, second) in pairs {
            #expect(first == second, "the pair is canonically equivalent")
            let firstID = id(first, in: &table)
            #expect(id(second, in: &table) == firstID)
            #expect(Array(table.token(firstID).utf8) == Array(first.utf8), "the first spelling is kept byte for byte")
        }
        #expect(table.count == pairs.count)
    }

    @Test func idsSortAsTheirTokensSortAsStrings() {
        var table = TokenTable()
        let tokens = ["关税", "关", "a", "ab", "b", "2025", "@marco-rubio", "@marco", "caf\u{E9}", "cafe\u{301}s", "cafe", "\u{F900}",
                      "\u{8C48}a", "が", "か\u{3099}か", "한국", "𠀀字", "字𠀀", "ﬁ", "zebra", "Ω", "\u{2126}x", "一二", "丁"]
        let ids = tokens.map { id($0, in: &table) }
        let distinct = Dictionary(zip(ids, tokens), uniquingKeysWith: { first, _ in first })
        let byString = distinct.keys.sorted { distinct[$0]! < distinct[$1]! }
        #expect(table.idsInTokenOrder() == byString)
    }

    @Test func plainlyNFCScalarsAreTheirOwnNormalForm() {
        for value in Array(0x00...0x7F) + Array(0x3000...0x30FF) + Array(0x3400...0xA000) + Array(0xAC00...0xD7FF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let plain = bytes.withUnsafeBufferPointer { TokenTable.isPlainlyNFC($0) }
            if plain { #expect(String(scalar)._nfcCodeUnits == bytes, "U+\(String(value, radix: 16))") }
        }
        let combined = ["か\u{3099}", "e\u{301}", "\u{F900}", "\u{1100}\u{1161}", "\u{AC00}\u{11A8}", "𠀀", "é"]
        for token in combined { #expect(!Array(token.utf8).withUnsafeBufferPointer { TokenTable.isPlainlyNFC($0) }, "\(token)") }
    }
}
