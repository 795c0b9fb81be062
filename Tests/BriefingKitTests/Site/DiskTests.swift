import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct DiskTests {
    let scratch = ScratchFolder("disk")

    @Test func aFileReadsBackAsItWasWrittenAndAMissingOneIsNil() throws {
        let folder = try scratch.folder().path
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Disk.writeFile(bytes, to: folder + "/large")
        try Disk.writeFile([], to: folder + "/empty")
        #expect(Disk.readFile(folder + "/large") == bytes)
        #expect(Disk.readFile(folder + "/empty") == [])
        #expect(Disk.readFile(folder + "/missing") == nil)
        #expect(Disk.readFile(folder) == nil, "a folder is not a file")
    }

    @Test func theFirstOrLastBytesOfAFileAreReadAlone() throws {
        let folder = try scratch.folder().path
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Disk.writeFile(bytes, to: folder + "/large")
        let head = try #require(Disk.readFile(folder + "/large", atMost: 100))
        #expect(head.bytes == Array(bytes.prefix(100)) && head.size == bytes.count)
        #expect(Disk.readFile(folder + "/large", atMost: 100_000)?.bytes == bytes)
        #expect(Disk.readLast(33, of: folder + "/large") == Array(bytes.suffix(33)))
        #expect(Disk.readLast(100_000, of: folder + "/large") == bytes)
        #expect(Disk.readLast(33, of: folder + "/missing") == nil)
    }
}
