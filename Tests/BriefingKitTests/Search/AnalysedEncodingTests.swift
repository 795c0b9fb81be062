import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct AnalysedEncodingTests {
    private let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter)

    @Test func aCachedAnalysisIndexesExactlyLikeAFreshOne() throws {
        let document = SearchDocument(url: "articles/a/", title: "川普關稅", lang: "zh-Hant-TW", headings: ["一、背景"],
                                      abstract: "美國對臺灣的關稅政策。", body: ["盧比歐表示，Rubio said tariffs matter。", "第二段。"],
                                      entityIDs: ["donald-trump", "marco-rubio", "donald-trump"], byline: "作者")
        let fresh = builder.analyse(document)
        let header = try #require(SearchIndexBuilder.Analysed(decoding: fresh.encoded()))
        #expect(header.weights == nil)
        let decoded = try #require(header.withWeights(decoding: fresh.encodedWeights()))
        #expect(decoded.length.bitPattern == fresh.length.bitPattern)
        #expect(decoded.compressedFragment == fresh.compressedFragment)
        let fragment = try #require(Deflate.decompress(fresh.compressedFragment))
        #expect(String(decoding: fragment, as: UTF8.self).hasPrefix("[\"川普關稅\",\"articles/a/\",\"zh-Hant-TW\",\"作者\","))
        #expect(decoded.entityIDs == fresh.entityIDs)
        let decodedWeights = try #require(decoded.weights), freshWeights = try #require(fresh.weights)
        #expect(decodedWeights.map(\.token) == freshWeights.map(\.token))
        #expect(decodedWeights.map(\.weight.bitPattern) == freshWeights.map(\.weight.bitPattern))

        func index(_ analysed: SearchIndexBuilder.Analysed) -> [OutputFile] {
            let accumulator = SearchIndexBuilder.Accumulator(builder: builder)
            accumulator.add(analysed)
            return accumulator.finish(entities: []).files
        }
        #expect(index(decoded) == index(fresh))
    }

    @Test func rejectsTruncatedOrForeignBytes() throws {
        let analysed = builder.analyse(SearchDocument(url: "u", title: "標題", lang: "zh-Hant-TW", headings: [], abstract: "",
                                                      body: ["正文。"], entityIDs: [], byline: ""))
        let bytes = analysed.encoded()
        #expect(SearchIndexBuilder.Analysed(decoding: Array(bytes.dropLast())) == nil)
        #expect(SearchIndexBuilder.Analysed(decoding: bytes + [0]) == nil)
        #expect(SearchIndexBuilder.Analysed(decoding: Array("nope".utf8)) == nil)
        let header = try #require(SearchIndexBuilder.Analysed(decoding: bytes))
        let tokens = analysed.encodedWeights()
        #expect(header.withWeights(decoding: tokens) != nil)
        #expect(header.withWeights(decoding: Array(tokens.dropLast())) == nil)
        #expect(header.withWeights(decoding: tokens + [0]) == nil)
        #expect(header.withWeights(decoding: bytes) == nil)
    }

    @Test func entriesOfTheStringPerTokenFormatAreAnalysedAfresh() {
        // BSA1: length, empty fragment, no entities, one token "美" of weight 1.
        let bsa1: [UInt8] = Array("BSA1".utf8) + [0, 0, 0x80, 0x3F] + [0, 0, 0, 0] + [0, 0, 0, 0] + [1, 0, 0, 0]
            + [3, 0, 0, 0] + Array("美".utf8) + [0, 0, 0x80, 0x3F]
        #expect(SearchIndexBuilder.Analysed(decoding: bsa1) == nil)
    }

    @Test func aDamagedTokenBufferIsRejected() throws {
        let analysed = builder.analyse(SearchDocument(url: "u", title: "標題", lang: "zh-Hant-TW", headings: [], abstract: "",
                                                      body: ["正文。"], entityIDs: [], byline: ""))
        let header = try #require(SearchIndexBuilder.Analysed(decoding: analysed.encoded()))
        let bytes = analysed.encodedWeights()
        let first = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("标".utf8)) })
        var damaged = bytes
        damaged[first] = 0xFF
        #expect(header.withWeights(decoding: damaged) == nil)
    }
}
