import Testing
@testable import BriefingKit

struct AnalysedEncodingTests {
    private let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter)

    @Test func aCachedAnalysisIndexesExactlyLikeAFreshOne() throws {
        let document = SearchDocument(url: "articles/a/", title: "川普關稅", lang: "zh-Hant-TW", headings: ["一、背景"],
                                      abstract: "美國對臺灣的關稅政策。", body: ["盧比歐表示，Rubio said tariffs matter。", "第二段。"],
                                      entityIDs: ["donald-trump", "marco-rubio", "donald-trump"], byline: "作者")
        let fresh = builder.analyse(document)
        let decoded = try #require(SearchIndexBuilder.Analysed(decoding: fresh.encoded()))
        #expect(decoded.length.bitPattern == fresh.length.bitPattern)
        #expect(decoded.compressedFragment == fresh.compressedFragment)
        let fragment = try #require(Deflate.decompress(fresh.compressedFragment))
        #expect(String(decoding: fragment, as: UTF8.self).hasPrefix("[\"川普關稅\",\"articles/a/\",\"zh-Hant-TW\",\"作者\","))
        #expect(decoded.entityIDs == fresh.entityIDs)
        #expect(decoded.weights.map(\.token) == fresh.weights.map(\.token))
        #expect(decoded.weights.map(\.weight.bitPattern) == fresh.weights.map(\.weight.bitPattern))

        func index(_ analysed: SearchIndexBuilder.Analysed) -> [OutputFile] {
            let accumulator = SearchIndexBuilder.Accumulator(builder: builder)
            accumulator.add(analysed)
            return accumulator.files(entities: [])
        }
        #expect(index(decoded) == index(fresh))
    }

    @Test func rejectsTruncatedOrForeignBytes() {
        let bytes = builder.analyse(SearchDocument(url: "u", title: "標題", lang: "zh-Hant-TW", headings: [], abstract: "",
                                                    body: ["正文。"], entityIDs: [], byline: "")).encoded()
        #expect(SearchIndexBuilder.Analysed(decoding: Array(bytes.dropLast())) == nil)
        #expect(SearchIndexBuilder.Analysed(decoding: bytes + [0]) == nil)
        #expect(SearchIndexBuilder.Analysed(decoding: Array("nope".utf8)) == nil)
    }

    @Test func entriesOfTheStringPerTokenFormatAreAnalysedAfresh() {
        // BSA1: length, empty fragment, no entities, one token "美" of weight 1.
        let bsa1: [UInt8] = Array("BSA1".utf8) + [0, 0, 0x80, 0x3F] + [0, 0, 0, 0] + [0, 0, 0, 0] + [1, 0, 0, 0]
            + [3, 0, 0, 0] + Array("美".utf8) + [0, 0, 0x80, 0x3F]
        #expect(SearchIndexBuilder.Analysed(decoding: bsa1) == nil)
    }

    @Test func aDamagedTokenBufferIsRejected() throws {
        let bytes = builder.analyse(SearchDocument(url: "u", title: "標題", lang: "zh-Hant-TW", headings: [], abstract: "",
                                                    body: ["正文。"], entityIDs: [], byline: "")).encoded()
        // The folded token's bytes lie only in the token buffer (the fragment keeps the title as written).
        let first = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("标".utf8)) })
        var damaged = bytes
        damaged[first] = 0xFF
        #expect(SearchIndexBuilder.Analysed(decoding: damaged) == nil)
    }
}
