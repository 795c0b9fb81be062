import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct ContentHashTests {
    static let text = Array("美國總統川普說，關稅將在下週生效。The tariffs take effect next week.".utf8)

    static func hash(_ pieces: [ArraySlice<UInt8>]) -> String {
        var hash = ContentHash()
        for piece in pieces { hash.add(bytes: piece) }
        return hash.hex
    }

    @Test func bytesFedInPiecesHashAsWhenFedAtOnce() {
        let whole = Self.hash([Self.text[...]])
        for cut in [1, 3, 7, 8, 9, 16, Self.text.count - 1] {
            #expect(Self.hash([Self.text[..<cut], Self.text[cut...]]) == whole, "cut at \(cut)")
        }
        // A sequence without contiguous storage goes byte by byte, to the same result.
        var hash = ContentHash()
        hash.add(bytes: Self.text.lazy.map { $0 })
        #expect(hash.hex == whole)
    }

    @Test func anyChangedByteOrLengthChangesTheHash() {
        let whole = Self.hash([Self.text[...]])
        var seen: Set<String> = [whole]
        for index in Self.text.indices {
            var changed = Self.text
            changed[index] ^= 1
            seen.insert(Self.hash([changed[...]]))
        }
        #expect(seen.count == Self.text.count + 1)
        #expect(Self.hash([Self.text.dropLast()]) != whole)
        #expect(Self.hash([(Self.text + [0])[...]]) != whole)
        #expect(ContentHash().hex != Self.hash([[0][...]]))
    }

    @Test func partsAreKeptApart() {
        #expect(ContentHash.of(["ab", "c"]) != ContentHash.of(["a", "bc"]))
        #expect(ContentHash.of(["", "x"]) != ContentHash.of(["x", ""]))
        #expect(ContentHash.of(["x"]).count == 32)
    }

    /// Keys are written to disk and compared across runs and machines: the value is pinned, and it
    /// is XXH3-128 as the reference tool prints it (`printf 'briefing\xff川普\xff' | xxhsum -H2`).
    @Test func theHashOfAKnownInputIsFixed() {
        #expect(ContentHash.of(["briefing", "川普"]) == "a9b690f90ded3cf6b90aeecee866a3d5")
    }
}

/// A value's fields reach its hash through `Encodable`, so a cache key made from a step's inputs
/// takes in every field, including one added later.
struct EncodableHashTests {
    struct Sample: Encodable {
        var title = "川普"
        var count = 2
        var names = ["甲", "乙"]
        var note: String? = nil
        var byScript: [Script: String] = [.traditional: "臺灣", .simplified: "台湾"]
        var flag = false
    }

    @Test func everyFieldIsInTheHash() {
        let base = ContentHash.of(encodable: Sample())
        var changes: [Sample] = []
        var sample = Sample(); sample.title = "特朗普"; changes.append(sample)
        sample = Sample(); sample.count = 3; changes.append(sample)
        sample = Sample(); sample.names = ["甲"]; changes.append(sample)
        sample = Sample(); sample.note = ""; changes.append(sample)
        sample = Sample(); sample.byScript[.simplified] = "台灣"; changes.append(sample)
        sample = Sample(); sample.flag = true; changes.append(sample)
        let hashes = changes.map { ContentHash.of(encodable: $0) }
        #expect(!hashes.contains(base))
        #expect(Set(hashes).count == changes.count)
        #expect(ContentHash.of(encodable: Sample()) == base)
    }

    @Test func whereOneListEndsIsKept() {
        #expect(ContentHash.of(encodable: [[1], [2]]) != ContentHash.of(encodable: [[1, 2]]))
        #expect(ContentHash.of(encodable: [[1], []]) != ContentHash.of(encodable: [[], [1]]))
        #expect(ContentHash.of(encodable: ["a", "b"]) != ContentHash.of(encodable: ["ab"]))
        var moved = Sample()
        moved.names = ["甲"]
        moved.note = "乙"
        #expect(ContentHash.of(encodable: moved) != ContentHash.of(encodable: Sample()))
    }

    /// Dictionaries iterate in an order seeded per process; the hash must not follow it.
    @Test func dictionariesHashTheSameWhateverOrderTheyWereFilledIn() {
        var forward: [String: Int] = [:], backward: [String: Int] = [:]
        for number in 0..<300 { forward["key\(number)"] = number }
        for number in (0..<300).reversed() { backward["key\(number)"] = number }
        var roomy: [String: Int] = [:]
        roomy.reserveCapacity(10_000)
        for (key, value) in forward.sorted(by: { $0.key > $1.key }) { roomy[key] = value }
        #expect(Array(forward.keys) != Array(roomy.keys), "the two dictionaries should iterate differently for this test to mean anything")
        #expect(ContentHash.of(encodable: forward) == ContentHash.of(encodable: backward))
        #expect(ContentHash.of(encodable: forward) == ContentHash.of(encodable: roomy))
        roomy["key7"] = 8
        #expect(ContentHash.of(encodable: forward) != ContentHash.of(encodable: roomy))
    }

    private struct Inner: Encodable { var x: Int?; var b: Int? }
    private struct Outer: Encodable { var a: Inner?; var b: Int? }

    /// Synthesized coding leaves nil optionals out and containers have no end of their own: only
    /// bracketing each value tells which level a field belongs to.
    @Test func aFieldIsHashedAtItsOwnLevel() {
        let inner = Outer(a: Inner(x: 1, b: nil), b: 2), outer = Outer(a: Inner(x: 1, b: 2), b: nil)
        #expect(ContentHash.of(encodable: inner) != ContentHash.of(encodable: outer))
        #expect(ContentHash.of(encodable: Outer(a: nil, b: 1)) != ContentHash.of(encodable: Outer(a: Inner(x: nil, b: nil), b: 1)))
    }

    /// Sets, like dictionaries, iterate in an order of their own.
    @Test func setsHashTheSameWhateverOrderTheyWereFilledIn() {
        let forward = Set((0..<300).map { "id\($0)" })
        var roomy = Set<String>(minimumCapacity: 10_000)
        for element in forward.sorted(by: >) { roomy.insert(element) }
        #expect(Array(forward) != Array(roomy), "the two sets should iterate differently for this test to mean anything")
        #expect(ContentHash.of(encodable: forward) == ContentHash.of(encodable: roomy))
        roomy.remove("id7")
        #expect(ContentHash.of(encodable: forward) != ContentHash.of(encodable: roomy))
    }
}
