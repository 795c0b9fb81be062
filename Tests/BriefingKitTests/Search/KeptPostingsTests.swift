import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

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

    @Test func bestPostingsEqualSortingThemAllAndKeepingAPrefix() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 5, 40, 41, 300] {
            // Few distinct scores, so many ties that must fall to the lower document.
            let scored = (0..<count).map { (document: UInt32($0), score: Double(Int.random(in: 0..<7, using: &generator)) / 2) }.shuffled()
            for cap in [1, 3, 40] {
                let sorted = scored.sorted { ($1.score, $0.document) < ($0.score, $1.document) }.prefix(cap)
                let best = SearchIndexBuilder.Scoring.best(scored, cap: cap)
                #expect(best.map(\.document) == sorted.map(\.document))
                #expect(best.map(\.score) == sorted.map(\.score))
            }
        }
    }

    @Test func keptPostingsComeInTokenOrderWithTheHeadAndTailSplitAtTheCap() throws {
        let bodies = (0..<50).map { index in (0..<(index % 7 + 1)).map { "關稅\($0 + index)。" }.joined() }
        let all = kept(bodies, cap: 4)
        let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter, postingsCap: 4)
        let accumulator = SearchIndexBuilder.Accumulator(builder: builder)
        for (index, body) in bodies.enumerated() {
            accumulator.add(builder.analyse(SearchDocument(url: "articles/\(index)/", title: "文\(index)", lang: "zh-Hant-TW", headings: [],
                                                           abstract: "", body: [body], entityIDs: [], byline: "")))
        }
        let tokens = accumulator.keptPostings().map(\.token)
        #expect(tokens == tokens.sorted())
        for entry in all.values {
            #expect(entry.df == entry.postings.count + entry.tail.count)
            #expect(entry.postings.count == min(4, entry.df))
            let tail = entry.tail.map(\.document)
            #expect(tail == tail.sorted())
            #expect(Set(tail).isDisjoint(with: entry.postings.map(\.document)))
        }
    }

    @Test func renumberedPostingsEqualMappingAndSortingThem() {
        var generator = SystemRandomNumberGenerator()
        for documentCount in [1, 17, 1_000] {
            let positions = Array(0..<documentCount).shuffled(using: &generator)
            // From a few postings (sorted) to every document (marked in a table).
            for count in Set([0, 1, documentCount / 20, documentCount / 16, documentCount / 2, documentCount]) {
                let postings = Array(0..<documentCount).shuffled(using: &generator).prefix(count).sorted()
                    .map { (document: UInt32($0), impact: UInt8.random(in: 1...255, using: &generator)) }
                let expected = postings.map { (positions[Int($0.document)], $0.impact) }.sorted { $0.0 < $1.0 }
                let renumbered = SearchIndexBuilder.renumbered(postings, positions: positions)
                #expect(renumbered.map(\.document) == expected.map(\.0), "\(count) of \(documentCount)")
                #expect(renumbered.map(\.impact) == expected.map(\.1), "\(count) of \(documentCount)")
            }
        }
    }

    @Test func runsOfAParallelMapKeepInputOrder() {
        let items = Array(0..<1_000)
        for runs in [1, 3, 64, 5_000] {
            #expect(Parallel.map(items, runs: runs) { $0 * 2 } == items.map { $0 * 2 })
        }
        #expect(Parallel.map([Int](), runs: 4) { $0 }.isEmpty)
    }
}
