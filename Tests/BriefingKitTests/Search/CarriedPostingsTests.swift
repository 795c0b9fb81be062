import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct CarriedPostingsTests {
    private let builder = SearchIndexBuilder(fold: TestSupport.scripts.foldCharacter, postingsCap: 2)
    private let scratch = ScratchFolder("search-snapshot")
    private func analysed(_ body: String) -> SearchIndexBuilder.Analysed {
        builder.analyse(SearchDocument(url: "articles/\(body.hashValue)/", title: "標題", lang: "zh-Hant-TW",
                                       headings: [], abstract: "", body: [body], entityIDs: [], byline: ""))
    }

    /// The index of `bodies` from a fresh accumulator, each named by its text (the same text, the
    /// same analysis), and the snapshot it leaves for the next.
    private func index(_ bodies: [String], previous: CarriedPostings? = nil, withoutTokens: Set<String> = [])
        -> (files: [OutputFile], left: [UInt8]?) {
        let accumulator = SearchIndexBuilder.Accumulator(builder: builder, previous: previous, keepsSnapshot: true)
        for body in bodies {
            var document = analysed(body)
            if withoutTokens.contains(body) { document.weights = nil }
            accumulator.add(document, identity: "key:" + body)
        }
        let index = accumulator.finish(entities: [])
        return (index.files, index.snapshot)
    }

    private let archive = ["川普宣布關稅。", "盧比歐訪問臺灣。", "關稅談判繼續。", "美日同盟強化。", "川普與盧比歐會談關稅。", "臺灣半導體出口。"]

    @Test(arguments: [
        // Added last, so every carried document keeps its number.
        ["川普宣布關稅。", "盧比歐訪問臺灣。", "關稅談判繼續。", "美日同盟強化。", "川普與盧比歐會談關稅。", "臺灣半導體出口。", "新文章談關稅。"],
        // Added first: every carried document moves up one.
        ["新文章談關稅。", "川普宣布關稅。", "盧比歐訪問臺灣。", "關稅談判繼續。", "美日同盟強化。", "川普與盧比歐會談關稅。", "臺灣半導體出口。"],
        // One edited in the middle, one gone.
        ["川普宣布關稅。", "盧比歐訪問臺灣。", "關稅談判暫停。", "美日同盟強化。", "臺灣半導體出口。"],
        // Reordered, and one text twice (two documents share a carried copy).
        ["臺灣半導體出口。", "川普宣布關稅。", "關稅談判繼續。", "盧比歐訪問臺灣。", "川普宣布關稅。", "美日同盟強化。"],
        // Nothing carried over.
        ["全新內容。", "另一篇。"],
    ])
    func carriedPostingsIndexExactlyLikeAddingEveryDocument(_ next: [String]) throws {
        let first = index(archive)
        let bytes = try #require(first.left)
        let carried = try #require(CarriedPostings(decoding: bytes))
        #expect(carried.documents == archive.map { "key:" + $0 })
        // Documents the carried postings hold come without their tokens, as a rebuild reads them.
        let held = Set(next.filter { carried.carries("key:" + $0) })
        let rebuilt = index(next, previous: carried, withoutTokens: held)
        let clean = index(next)
        #expect(rebuilt.files == clean.files)
        #expect(rebuilt.left == clean.left)
    }

    @Test func aDamagedSnapshotIsNotUsed() throws {
        let bytes = try #require(index(archive).left)
        #expect(CarriedPostings(decoding: bytes) != nil)
        #expect(CarriedPostings(decoding: Array(bytes.dropLast())) == nil)
        #expect(CarriedPostings(decoding: bytes + [0]) == nil)
        for position in [4, bytes.count / 2, bytes.count - 40, bytes.count - 1] {
            var damaged = bytes
            damaged[position] ^= 0x01
            #expect(CarriedPostings(decoding: damaged) == nil)
        }
    }

    /// Whether a snapshot belongs to this build is the cache's to say: one kept by a build of
    /// another identity is not used.
    @Test func aSnapshotKeptByAnotherBuildIsNotUsed() throws {
        let bytes = try #require(index(archive).left)
        let folder = try scratch.folder().path
        ArticleCache(folder: folder, codeIdentity: "build-1").keepSearchSnapshot(bytes)
        #expect(ArticleCache(folder: folder, codeIdentity: "build-1").searchSnapshot()?.documents == archive.map { "key:" + $0 })
        #expect(ArticleCache(folder: folder, codeIdentity: "build-2").searchSnapshot() == nil)
    }

    @Test func renumberingOnTheBytesEqualsDecodingAndEncodingEveryPosting() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let carriedCount = Int.random(in: 1...60, using: &generator)
            var carried = PostingList()
            for document in 0..<carriedCount where Bool.random(using: &generator) {
                carried.append(document: UInt32(document), value: UInt64.random(in: 0...300, using: &generator))
            }
            // Keep order: each carried document goes nowhere or to a later number than the one before.
            var moves: [(carried: UInt32, new: UInt32)] = []
            var next: UInt32 = 0
            var freshNumbers: [UInt32] = []
            for document in 0..<carriedCount {
                while Int.random(in: 0..<4, using: &generator) == 0 {
                    freshNumbers.append(next)
                    next += UInt32.random(in: 1...200, using: &generator)
                }
                guard Int.random(in: 0..<5, using: &generator) != 0 else { continue }
                moves.append((UInt32(document), next))
                next += UInt32.random(in: 1...3, using: &generator)
            }
            freshNumbers.append(next)
            var fresh = PostingList()
            for number in freshNumbers where Bool.random(using: &generator) { fresh.append(document: number, value: 7) }
            let destinations = CarriedPostings.Destinations(moves: moves, carriedCount: carriedCount)
            #expect(destinations.keepOrder)

            let target = Dictionary(uniqueKeysWithValues: moves.map { ($0.carried, $0.new) })
            var expected = carried.compactMap { posting in target[posting.document].map { ($0, posting.value) } } + fresh.map { ($0.document, $0.value) }
            expected.sort { $0.0 < $1.0 }
            var reference = PostingList()
            for (document, value) in expected { reference.append(document: document, value: value) }

            let renumbered = CarriedPostings.renumbered(carried, fresh: fresh, destinations: destinations)
            #expect(renumbered.bytes == reference.bytes)
            #expect(renumbered.count == reference.count)
            #expect(renumbered.lastDocument == reference.lastDocument)
        }
    }

    @Test func anEmptyIdentityIsNeverCarried() {
        let carried = CarriedPostings(documents: ["", "a"], tokens: [], lists: [])
        #expect(carried.numbers == ["a": 1])
        #expect(!carried.carries(""))
    }
}
