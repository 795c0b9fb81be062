import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct PostingListTests {
    @Test func givesBackExactlyThePostingsItWasFed() {
        let fed: [(document: UInt32, value: UInt64)] = [(0, 0), (1, 127), (2, 128), (130, 1), (16_513, UInt64(UInt32.max) << 1 | 1),
                                                          (UInt32.max - 1, 300), (UInt32.max, .max)]
        var list = PostingList()
        for posting in fed { list.append(document: posting.document, value: posting.value) }
        #expect(list.count == fed.count)
        #expect(list.map(\.document) == fed.map(\.document))
        #expect(list.map(\.value) == fed.map(\.value))
    }

    @Test func storesACommonPostingInTwoBytes() {
        var list = PostingList()
        list.append(document: 5, value: RawPostingCode.ofWeight(1))
        list.append(document: 9, value: RawPostingCode.ofWeight(4))
        #expect(list.bytes == [5, 4, 4, 16])
    }

    @Test func anEmptyListHasNoPostings() {
        let list = PostingList()
        #expect(list.isEmpty)
        #expect(Array(list).isEmpty)
    }

    @Test func weightsComeBackWithTheirBitPatterns() {
        let weights: [Float] = [0, 1, 1.5, 2, 3, 4, 15, 63.5, 64, 1_000.5, 0.25, 1.1, Float.leastNormalMagnitude / 1_000, 3e38, -0.0, -2, .infinity, .nan]
        for weight in weights {
            let code = RawPostingCode.ofWeight(weight)
            let back = SearchIndexBuilder.RawPosting(document: 3, code: code)
            #expect(back.weight.bitPattern == weight.bitPattern, "weight \(weight)")
            #expect(back.document == 3)
        }
        #expect(RawPostingCode.ofWeight(31.5) < 0x80, "half-point weights up to 31.5 take one byte")
        #expect(RawPostingCode.ofWeight(1.1) & 1 == 1, "other weights keep their bit pattern")
    }
}

private enum RawPostingCode {
    static func ofWeight(_ weight: Float) -> UInt64 { SearchIndexBuilder.RawPosting(document: 0, weight: weight).code }
}
