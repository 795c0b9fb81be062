import Testing
@testable import BriefingKit

struct KeptPostingsTests {
    func kept(_ bodies: [String], cap: Int) -> [String: SearchIndexBuilder.Kept] {
        let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter, postingsCap: cap)
        let accumulator = SearchIndexBuilder.Accumulator(builder: builder)
        for (index, body) in bodies.enumerated() {
            accumulator.add(builder.analyse(SearchDocument(url: "articles/\(index)/", title: "文\(index)", lang: "zh-Hant-TW", headings: [],
                                                           abstract: "", body: [body], entityIDs: [], byline: "")))
        }
        return Dictionary(uniqueKeysWithValues: accumulator.keptPostings().map { ($0.token, $0) })
    }

    @Test func tiedPostingsGoToTheHeadByDocumentAndTheRestToTheTailInDocumentOrder() throws {
        let tariff = try #require(kept(Array(repeating: "關稅。", count: 6), cap: 2)["关税"])
        #expect(tariff.df == 6)
        #expect(tariff.postings.map(\.document) == [0, 1])
        #expect(tariff.tail.map(\.document) == [2, 3, 4, 5])
        #expect(Set(tariff.tail.map(\.impact)) == Set(tariff.postings.map(\.impact)))
    }

    @Test func theTailHoldsEveryPostingRankedAfterTheHead() throws {
        let bodies = (0..<9).map { String(repeating: "關稅。", count: [3, 1, 5, 1, 2, 5, 1, 4, 2][$0]) }
        let tariff = try #require(kept(bodies, cap: 3)["关税"])
        #expect(tariff.postings.map(\.document) == [2, 5, 7])
        #expect(tariff.tail.map(\.document) == [0, 1, 3, 4, 6, 8])
        #expect(tariff.postings.map(\.impact).min()! >= tariff.tail.map(\.impact).max()!)
    }
}
