import Foundation
import Testing
@testable import BriefingKit

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

    /// Every file of the index, inflated.
    func build(_ documents: [SearchDocument], entities: [Entity] = [], cap: Int = SearchIndexBuilder.postingsCap) -> [String: [UInt8]] {
        let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter, postingsCap: cap)
        let files = builder.files(documents: documents, entities: entities)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.relativePath, Deflate.decompress($0.contents) ?? []) })
    }

    static func document(_ title: String, _ body: String, entities: [String] = []) -> SearchDocument {
        SearchDocument(url: "articles/\(title)/", title: title, lang: "zh-Hant-TW", headings: [], abstract: "", body: [body],
                       entityIDs: entities, byline: "")
    }

    /// Reads a shard as `search-core.js` does: token → (df, [(document, impact)]).
    static func decodeShard(_ bytes: [UInt8]) -> [String: (df: Int, postings: [(Int, Int)])] {
        var at = 0
        func varint() -> Int {
            var value = 0, shift = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { return value }
            }
        }
        var entries: [String: (df: Int, postings: [(Int, Int)])] = [:]
        while at < bytes.count {
            let length = varint()
            let token = String(decoding: bytes[at..<(at + length)], as: UTF8.self)
            at += length
            let df = varint(), count = varint()
            var document = 0
            let documents = (0..<count).map { _ in document += varint(); return document }
            entries[token] = (df, zip(documents, bytes[at..<(at + count)].map(Int.init)).map { ($0, $1) })
            at += count
        }
        return entries
    }

    func entry(_ files: [String: [UInt8]]) throws -> [String: Any] {
        let bytes = try #require(files["search/index.bin"])
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func postings(_ token: String, _ files: [String: [UInt8]]) throws -> (df: Int, postings: [(Int, Int)])? {
        let shards = try #require(try entry(files)["shards"] as? Int)
        let shard = try #require(files["search/shards/\(Int(SearchIndexBuilder.hash(token) % UInt32(shards))).bin"])
        return Self.decodeShard(shard)[token]
    }

    /// The title of document `number` as the browser finds it: block number ÷ chunk, then the entry.
    func title(_ number: Int, _ files: [String: [UInt8]]) throws -> String {
        let chunk = try #require(try entry(files)["chunk"] as? Int)
        let block = try #require(files["search/docs/\(number / chunk).bin"])
        let fragments = try #require(try JSONSerialization.jsonObject(with: Data(block)) as? [[Any]])
        return try #require(fragments[number % chunk][0] as? String)
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
        let documents = (0..<count).map {
            Self.document("文\($0)", ($0.isMultiple(of: 2) ? String(repeating: "關稅。", count: $0 == 150 ? 9 : 1) : "") + "其他內容說明。")
        }
        let tariff = try #require(try postings("关税", build(documents)))
        #expect(tariff.df == count / 2)
        #expect(tariff.postings.count == SearchIndexBuilder.postingsCap)
        #expect(tariff.postings.map(\.0) == tariff.postings.map(\.0).sorted())
        #expect(try title(try #require(tariff.postings.max { $0.1 < $1.1 }?.0), build(documents)) == "文150")
    }

    @Test func postingsBeyondTheCapGoToTheTokensTailFile() throws {
        // Seven articles on tariffs, the last three stressing it most; the shard keeps the best two.
        let documents = (0..<7).map { Self.document("文\($0)", String(repeating: "關稅。", count: 1 + $0 / 4 * 4) + "其他內容說明。") }
        let files = build(documents, cap: 2)
        let tails = try #require(try entry(files)["tails"] as? Int)
        #expect(tails >= 1)
        let head = try #require(try postings("关税", files))
        let tailFile = try #require(files["search/tails/\(Int(SearchIndexBuilder.hash("关税") % UInt32(tails))).bin"])
        let tail = try #require(Self.decodeShard(tailFile)["关税"])
        #expect(head.df == 7 && tail.df == 7)
        #expect(head.postings.count == 2 && tail.postings.count == 5)
        #expect(tail.postings.map(\.0) == tail.postings.map(\.0).sorted(), "tail documents are gaps in ascending order")
        #expect(Set(head.postings.map(\.0) + tail.postings.map(\.0)) == Set(0..<7), "head and tail together hold every document")
        #expect(head.postings.map(\.1).min()! >= tail.postings.map(\.1).max()!, "the shard keeps the best impacts")
        #expect(try postings("其他", files)?.postings.count == 2)
        #expect(files.keys.filter { $0.hasPrefix("search/tails/") }.count == tails)
    }

    @Test func anIndexWithShortListsHasNoTailFiles() throws {
        let files = build((0..<3).map { Self.document("文\($0)", "關稅。") })
        #expect(try entry(files)["tails"] as? Int == 0)
        #expect(!files.keys.contains { $0.hasPrefix("search/tails/") })
    }

    @Test func fragmentsAreEscapedJSONWithSnippetClausesAroundTerms() throws {
        let body = "開頭的第一句話，說明背景。中間一段無關的文字，再談另一件事情，還有第三件事情。美國對臺灣的關稅政策，關稅再度提高。"
        let files = build([Self.document("</script><b>標題</b>", body)])
        let fragments = try #require(files["search/docs/0.bin"])
        #expect(String(decoding: fragments, as: UTF8.self).contains("\\u003c/script\\u003e"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(fragments)) as? [[Any]])
        #expect(decoded[0][0] as? String == "</script><b>標題</b>")
        #expect(decoded[0][2] as? String == "zh-Hant-TW")
        let pool = try #require(decoded[0][4] as? [String])
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
