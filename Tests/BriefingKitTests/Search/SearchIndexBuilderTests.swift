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

    func build(_ documents: [SearchDocument], entities: [Entity] = []) -> [String: String] {
        let files = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter).files(documents: documents, entities: entities)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.relativePath, String(decoding: $0.contents, as: UTF8.self)) })
    }

    static func document(_ title: String, _ body: String, entities: [String] = []) -> SearchDocument {
        SearchDocument(url: "articles/\(title)/", title: title, lang: "zh-Hant-TW", headings: [], abstract: "", body: [body],
                       entityIDs: entities, byline: "")
    }

    @Test func titleOutweighsBodyAndEntityTokensAreIndexed() throws {
        let files = build([Self.document("關稅", "其他文字內容。"), Self.document("其他", "文中提到關稅。", entities: ["donald-trump"])],
                          entities: EntityMatcherTests.gazetteer.entities)
        let entry = try #require(files["search/index.json"])
        let shards = Int(try #require(entry.firstMatch(of: /"shards":(\d+)/)?.1))!
        let shard = try #require(files["search/shards/\(Int(SearchIndexBuilder.hash("关税") % UInt32(shards))).json"])
        let postings = try #require(try JSONSerialization.jsonObject(with: Data(shard.utf8)) as? [String: [Any]])["关税"]
        #expect(postings?[0] as? Int == 2)
        let impacts = postings?[2] as? [Int] ?? []
        #expect(impacts.count == 2 && impacts[0] > impacts[1])
        let entityShard = try #require(files["search/shards/\(Int(SearchIndexBuilder.hash("@donald-trump") % UInt32(shards))).json"])
        #expect(entityShard.contains("\"@donald-trump\":[1,[1],"))
        #expect(entry.contains("[\"特朗普\",\"donald-trump\"]") && entry.contains("[\"trump\",\"donald-trump\"]"))
        #expect(!entry.contains("marco-rubio"), "entities no article mentions are left out")
    }

    @Test func fragmentsAreEscapedJSONAndTheFoldMapCoversTheVocabulary() throws {
        let files = build([Self.document("</script><b>標題</b>", "臺灣與\"引號\"。")])
        let fragments = try #require(files["search/docs/0.json"])
        #expect(fragments.contains("\\u003c/script\\u003e"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(fragments.utf8)) as? [[String]])
        #expect(decoded[0][0] == "</script><b>標題</b>")
        let entry = try #require(files["search/index.json"])
        #expect(entry.contains("臺台") && entry.contains("灣湾"))
    }
}
