import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SearchIndexBuilderTests {
    let tokenizer = SearchTokenizer(fold: TestSupport.scripts.foldCharacter)

    @Test func tokensFoldScriptsWidthAndCase() {
        #expect(tokenizer.tokens("臺灣關稅") == tokenizer.tokens("台湾关税"))
        #expect(tokenizer.tokens("臺灣關稅") == ["台湾", "湾关", "关税"])
        #expect(tokenizer.tokens("美") == ["美"])
        #expect(tokenizer.tokens("Marco Rubio（ＡＵＫＵＳ）2025年") == ["marco", "rubio", "aukus", "2025", "年"])
    }

    @Test func hashIsFNV1aAsInTheBrowser() {
        #expect(SearchIndexBuilder.hash("台湾") == 2_841_280_784)
        #expect(SearchIndexBuilder.hash("rubio") == 1_991_121_270)
    }

    /// Every file of the index: the entry and shards inflated, the sliced files (tails, fragment
    /// blocks) as stored, since each of their records is compressed on its own.
    func build(_ documents: [SearchDocument], entities: [Entity] = [], cap: Int = SearchIndexBuilder.postingsCap) -> [String: [UInt8]] {
        let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter, postingsCap: cap)
        let files = builder.files(documents: documents, entities: entities)
        return Dictionary(uniqueKeysWithValues: files.map { file in
            let sliced = file.relativePath.hasPrefix("search/tails/") || file.relativePath.hasPrefix("search/docs/")
            return (file.relativePath, sliced ? file.contents : Deflate.decompress(file.contents) ?? [])
        })
    }

    /// One record of a sliced file, cut as a Range request would and inflated.
    static func record(_ file: [UInt8], offset: Int, length: Int) -> [UInt8]? {
        guard offset + length <= file.count else { return nil }
        return Deflate.decompress(Array(file[offset..<(offset + length)]))
    }

    static func document(_ title: String, _ body: String, entities: [String] = []) -> SearchDocument {
        SearchDocument(url: "articles/\(title)/", title: title, lang: "zh-Hant-TW", headings: [], abstract: "", body: [body],
                       entityIDs: entities, byline: "")
    }

    typealias Entry = (df: Int, postings: [(Int, Int)], tail: (offset: Int, length: Int)?)

    /// Reads varints and postings back as `search-core.js` does.
    struct Reader {
        let bytes: [UInt8]
        var at = 0

        mutating func varint() -> Int {
            var value = 0, shift = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { return value }
            }
        }

        mutating func postings() -> [(Int, Int)] {
            let count = varint()
            var document = 0
            let documents = (0..<count).map { _ in document += varint(); return document }
            defer { at += count }
            return zip(documents, bytes[at..<(at + count)].map(Int.init)).map { ($0, $1) }
        }
    }

    /// Reads a shard as `decodeShard` does: token → (df, [(document, impact)], tail slice).
    static func decodeShard(_ bytes: [UInt8]) -> [String: Entry] {
        var reader = Reader(bytes: bytes)
        var entries: [String: Entry] = [:]
        while reader.at < bytes.count {
            let length = reader.varint()
            let token = String(decoding: bytes[reader.at..<(reader.at + length)], as: UTF8.self)
            reader.at += length
            let df = reader.varint()
            let kept = reader.postings()
            entries[token] = (df, kept, df > kept.count ? (reader.varint(), reader.varint()) : nil)
        }
        return entries
    }

    /// Reads a tail record as `decodePostings` does.
    static func decodePostings(_ bytes: [UInt8]) -> [(Int, Int)] {
        var reader = Reader(bytes: bytes)
        return reader.postings()
    }

    func entry(_ files: [String: [UInt8]]) throws -> [String: Any] {
        let bytes = try #require(files["search/index.bin"])
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func postings(_ token: String, _ files: [String: [UInt8]]) throws -> Entry? {
        let shards = try #require(try entry(files)["shards"] as? Int)
        let shard = try #require(files["search/shards/\(Int(SearchIndexBuilder.hash(token) % UInt32(shards))).bin"])
        return Self.decodeShard(shard)[token]
    }

    /// The fragment of document `number` as the browser finds it: block number ÷ chunk, the offset
    /// from the lengths of the block's earlier fragments in the entry, then one record.
    func fragment(_ number: Int, _ files: [String: [UInt8]]) throws -> [Any] {
        let chunk = try #require(try entry(files)["chunk"] as? Int)
        let lengths = try #require(try entry(files)["fragments"] as? [Int])
        let block = try #require(files["search/docs/\(number / chunk).bin"])
        let offset = lengths[(number / chunk * chunk)..<number].reduce(0, +)
        let record = try #require(Self.record(block, offset: offset, length: lengths[number]))
        return try #require(try JSONSerialization.jsonObject(with: Data(record)) as? [Any])
    }

    func title(_ number: Int, _ files: [String: [UInt8]]) throws -> String {
        try #require(try fragment(number, files)[0] as? String)
    }

    @Test func theFirstResultsOfACommonTokenShareAFragmentBlock() throws {
        // Tariffs are discussed in every fifth article: in site order their first page would span
        // many blocks.
        let documents = (0..<200).map { Self.document("文\($0)", ($0.isMultiple(of: 5) ? "關稅提高。" : "") + "其他內容說明。") }
        let files = build(documents)
        let chunk = try #require(try entry(files)["chunk"] as? Int)
        let tariff = try #require(try postings("关税", files))
        let best = tariff.postings.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(10)
        #expect(Set(best.map { $0.0 / chunk }).count <= 2)
    }

    @Test func titleOutweighsBodyAndEntityTokensAreIndexed() throws {
        let files = build([Self.document("關稅", "其他文字內容。"), Self.document("其他", "文中提到關稅。", entities: ["donald-trump"])],
                          entities: EntityMatcherTests.gazetteer.entities)
        let tariff = try #require(try postings("关税", files))
        #expect(tariff.df == 2)
        let impacts = Dictionary(uniqueKeysWithValues: try tariff.postings.map { (try title($0.0, files), $0.1) })
        #expect(impacts["關稅"]! > impacts["其他"]!)
        #expect(try postings("@donald-trump", files)?.postings.map { try title($0.0, files) } == ["其他"])
        let entities = try #require(try entry(files)["entities"] as? [[String]])
        let trump = try #require(entities.first { $0.first == "donald-trump" })
        #expect(trump.contains("特朗普") && trump.contains("trump"))
        #expect(!entities.contains { $0.first == "marco-rubio" }, "entities no article mentions are left out")
    }

    @Test func keepsTheBestPostingsOfACommonToken() throws {
        let count = 2 * SearchIndexBuilder.postingsCap + 20
        let stressed = count - 10  // even, so it mentions tariffs, and far from the first documents
        let documents = (0..<count).map {
            Self.document("文\($0)", ($0.isMultiple(of: 2) ? String(repeating: "關稅。", count: $0 == stressed ? 9 : 1) : "") + "其他內容說明。")
        }
        let tariff = try #require(try postings("关税", build(documents)))
        #expect(tariff.df == count / 2)
        #expect(tariff.postings.count == SearchIndexBuilder.postingsCap)
        #expect(tariff.postings.map(\.0) == tariff.postings.map(\.0).sorted())
        #expect(try title(try #require(tariff.postings.max { $0.1 < $1.1 }?.0), build(documents)) == "文\(stressed)")
    }

    @Test func postingsBeyondTheCapGoToTheTokensTailRecord() throws {
        // Seven articles on tariffs, the last three stressing it most; the shard keeps the best two.
        let documents = (0..<7).map { Self.document("文\($0)", String(repeating: "關稅。", count: 1 + $0 / 4 * 4) + "其他內容說明。") }
        let files = build(documents, cap: 2)
        let tails = try #require(try entry(files)["tails"] as? Int)
        #expect(tails >= 1)
        let head = try #require(try postings("关税", files))
        let slice = try #require(head.tail, "a cut-short entry says where its tail lies")
        let tailFile = try #require(files["search/tails/\(Int(SearchIndexBuilder.hash("关税") % UInt32(tails))).bin"])
        let tail = Self.decodePostings(try #require(Self.record(tailFile, offset: slice.offset, length: slice.length)))
        #expect(head.df == 7)
        #expect(head.postings.count == 2 && tail.count == 5)
        #expect(tail.map(\.0) == tail.map(\.0).sorted(), "tail documents are gaps in ascending order")
        #expect(Set(head.postings.map(\.0) + tail.map(\.0)) == Set(0..<7), "head and tail together hold every document")
        #expect(head.postings.map(\.1).min()! >= tail.map(\.1).max()!, "the shard keeps the best impacts")
        #expect(try postings("其他", files)?.postings.count == 2)
        #expect(files.keys.filter { $0.hasPrefix("search/tails/") }.count == tails)
        // Every cut-short token's record lies in its file, records end to end with nothing between.
        var covered: [String: Int] = [:]
        for shard in files.keys where shard.hasPrefix("search/shards/") {
            for (token, entry) in Self.decodeShard(files[shard]!) {
                guard let slice = entry.tail else { #expect(entry.df == entry.postings.count); continue }
                let file = "search/tails/\(Int(SearchIndexBuilder.hash(token) % UInt32(tails))).bin"
                let record = try #require(Self.record(files[file]!, offset: slice.offset, length: slice.length), "\(token)")
                #expect(Self.decodePostings(record).count + entry.postings.count == entry.df)
                covered[file, default: 0] += slice.length
            }
        }
        #expect(covered == files.filter { $0.key.hasPrefix("search/tails/") }.mapValues(\.count))
    }

    @Test func anIndexWithShortListsHasNoTailFiles() throws {
        let files = build((0..<3).map { Self.document("文\($0)", "關稅。") })
        #expect(try entry(files)["tails"] as? Int == 0)
        #expect(!files.keys.contains { $0.hasPrefix("search/tails/") })
    }

    @Test func fragmentsAreEscapedJSONWithSnippetClausesAroundTerms() throws {
        let body = "開頭的第一句話，說明背景。中間一段無關的文字，再談另一件事情，還有第三件事情。美國對臺灣的關稅政策，關稅再度提高。"
        let files = build([Self.document("</script><b>標題</b>", body)])
        let block = try #require(files["search/docs/0.bin"])
        #expect(try entry(files)["fragments"] as? [Int] == [block.count], "one document: its record is the whole block")
        let record = try #require(Self.record(block, offset: 0, length: block.count))
        #expect(String(decoding: record, as: UTF8.self).contains("\\u003c/script\\u003e"))
        let decoded = try fragment(0, files)
        #expect(decoded[0] as? String == "</script><b>標題</b>")
        #expect(decoded[2] as? String == "zh-Hant-TW")
        let pool = try #require(decoded[4] as? [String])
        #expect(pool.first?.hasPrefix("開頭的第一句話") == true)
        #expect(pool.dropFirst().contains { $0.contains("關稅") }, "a clause with the recurring term is offered: \(pool)")
        let entry = try entry(files)
        #expect((entry["fold"] as? String)?.contains("臺台") == true && (entry["fold"] as? String)?.contains("灣湾") == true)
    }

    @Test func rebuildsAreByteIdentical() {
        let documents = (0..<40).map { Self.document("文\($0)", "臺灣與美國的關稅談判第\($0)次，雙方同意。") }
        let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter, postingsCap: 5)
        #expect(builder.files(documents: documents, entities: []) == builder.files(documents: documents, entities: []))
    }
}

struct TokenCoderTests {
    let tokenizer = SearchTokenizer(fold: TestSupport.scripts.foldCharacter)

    @Test(arguments: [
        "臺灣與美國的關稅談判，Marco Rubio（ＡＵＫＵＳ）2025年", "美", "「川普」說：AI晶片關稅 25%！", "ひらがなと한국어の混在",
        "葛\u{E0100}城市", "Ｆｕｌｌｗｉｄｔｈ　全形", "e\u{301}cole 學校", "𠀋𠀋字", "", "  ，。 ",
    ])
    func codesAreTheTokensAsNumbers(text: String) {
        var coder = TokenCoder()
        let codes = tokenizer.codes(text, &coder)
        #expect(codes.map { coder.string($0) } == tokenizer.tokens(text))
        #expect(tokenizer.tokens(text).map { coder.code($0) } == codes, "a token string codes as the scalar path packs it")
    }

    @Test func functionCharactersAreFoundInPackedTokens() {
        var coder = TokenCoder()
        let scalars = SnippetPool.functionScalars
        #expect(TokenCoder.contains(coder.code("的中"), anyOf: scalars))
        #expect(TokenCoder.contains(coder.code("美的"), anyOf: scalars))
        #expect(TokenCoder.contains(coder.code("的"), anyOf: scalars))
        #expect(!TokenCoder.contains(coder.code("关税"), anyOf: scalars))
        #expect(!TokenCoder.contains(coder.code("rubio"), anyOf: scalars))
    }
}
