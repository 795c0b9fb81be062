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
