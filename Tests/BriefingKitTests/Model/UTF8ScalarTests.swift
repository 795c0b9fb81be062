import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct UTF8ScalarTests {
    @Test func readsEveryScalarOfOneToFourBytesAsTheStandardLibraryDoes() {
        var text = "a é 川普 ‑ 𠀋 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"
        let expected = text.unicodeScalars.map { ($0.value, String($0).utf8.count) }
        let read = text.withUTF8 { bytes in
            var scalars: [(UInt32, Int)] = []
            var index = 0
            while index < bytes.count {
                let (value, length) = bytes.utf8Scalar(at: index)
                scalars.append((value, length))
                index += length
            }
            return scalars
        }
        #expect(read.map(\.0) == expected.map(\.0))
        #expect(read.map(\.1) == expected.map(\.1))
    }
}
