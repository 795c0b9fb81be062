import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SiteTreeTests {
    let scratch = ScratchFolder("tree")

    @Test func listsEveryFileAndFolderBelowTheRootRelativeToIt() throws {
        let root = scratch.url.path
        for folder in ["a/b/c/d", "empty", "e"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in [".hidden", "index.html", "a/b/c/d/deep.html", "e/one", "e/two"] {
            try Data(file.utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "a")
        let tree = try SiteTree.read(root)
        #expect(tree.files.sorted() == [".hidden", "a/b/c/d/deep.html", "e/one", "e/two", "index.html", "link"])
        #expect(tree.folders.sorted() == ["a", "a/b", "a/b/c", "a/b/c/d", "e", "empty"])
    }

    @Test func aMissingRootIsAnError() {
        #expect(throws: POSIXError.self) { try SiteTree.read("/nonexistent-\(UUID().uuidString)") }
    }
}
