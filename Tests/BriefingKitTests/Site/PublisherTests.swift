import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct PublisherTests {
    let scratch = ScratchFolder("publisher")

    func temporaryFolder() throws -> URL { try scratch.folder() }

    /// A file standing for a cached page, which a build hands over by path instead of by bytes.
    func cachedPage(_ name: String, _ text: String, in parent: URL) throws -> String {
        let path = parent.appendingPathComponent("cache/\(name)").path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func writesAFreshOutputFolderWithItsParents() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("site/public").path
        let page = try cachedPage("a.html", "cached", in: parent)
        try Publisher.publish([OutputFile("index.html", text: "home"), OutputFile("a/index.html", sameAs: page)], to: output)
        let tree = try DiskSnapshot(output)
        #expect(tree.files.keys.sorted() == [Publisher.markerFile, "a/index.html", "index.html"])
        #expect(tree.files["index.html"]?.text == "home")
        #expect(tree.files["a/index.html"]?.inode == DiskSnapshot.inode(of: page))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("site").path) == ["public"])
    }

    @Test func removesFilesTheBuildDidNotProduceAndTheFoldersLeftEmpty() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        try Publisher.publish([OutputFile("old.html", text: "old"), OutputFile("a/b/c/old.html", text: "old"),
                               OutputFile("a/keep.html", text: "keep"), OutputFile("d/e/old.html", text: "old")], to: output)
        try Publisher.publish([OutputFile("a/keep.html", text: "keep"), OutputFile("f/new.html", text: "new")], to: output)
        let tree = try DiskSnapshot(output)
        #expect(tree.files.keys.sorted() == [Publisher.markerFile, "a/keep.html", "f/new.html"])
        #expect(tree.folders == ["a", "f"])
        #expect(tree.files[Publisher.markerFile]?.text == Publisher.markerText)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test func aChangedFileGetsItsNewBytes() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        let first = try cachedPage("1/a.html", "first", in: parent)
        let second = try cachedPage("2/a.html", "second", in: parent)
        try Publisher.publish([OutputFile("index.html", text: "one"), OutputFile("a.html", sameAs: first)], to: output)
        try Publisher.publish([OutputFile("index.html", text: "two"), OutputFile("a.html", sameAs: second)], to: output)
        let tree = try DiskSnapshot(output)
        #expect(tree.files["index.html"]?.text == "two")
        #expect(tree.files["a.html"]?.text == "second")
        #expect(tree.files["a.html"]?.inode == DiskSnapshot.inode(of: second))
    }

    /// A file the build writes (not a cached page) with the bytes the output already holds is
    /// not replaced; one with other bytes of the same length is.
    @Test func aWrittenFileWithTheSameBytesIsLeftAlone() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        try Publisher.publish([OutputFile("index.html", text: "one"), OutputFile("search/a.bin", text: "same")], to: output)
        let before = try DiskSnapshot(output)
        try Publisher.publish([OutputFile("index.html", text: "two"), OutputFile("search/a.bin", text: "same")], to: output)
        let after = try DiskSnapshot(output)
        #expect(after.files["search/a.bin"]?.inode == before.files["search/a.bin"]?.inode)
        #expect(after.files["index.html"]?.text == "two")
        #expect(after.files["index.html"]?.inode != before.files["index.html"]?.inode)
    }

    /// Names that are not UTF-8 were never written by a build: they go like any stale file, and
    /// a folder of them with everything in it (they once made every later build fail).
    @Test func entriesWhoseNamesAreNotUTF8AreRemoved() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        try Publisher.publish([OutputFile("index.html", text: "one")], to: output)
        func create(_ bytes: [UInt8], folder: Bool) {
            let name = (Array(output.utf8) + bytes).map { CChar(bitPattern: $0) } + [0]
            if folder { mkdir(name, 0o755) } else { close(open(name, O_WRONLY | O_CREAT, 0o644)) }
        }
        create([0x2F, 0xFF] + Array(".html".utf8), folder: false)
        create([0x2F, 0xFE], folder: true)
        create([0x2F, 0xFE, 0x2F, 0xFD], folder: false)
        #expect(try SiteTree.read(output).strays.count == 2)
        try Publisher.publish([OutputFile("index.html", text: "two")], to: output)
        let tree = try SiteTree.read(output)
        #expect(tree.strays.isEmpty)
        #expect(tree.files.sorted() == [Publisher.markerFile, "index.html"] && tree.folders.isEmpty)
    }

    @Test func anUnchangedLinkedFileIsLeftAloneAndSoAreItsNeighbours() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        let pages = try (1...3).map { try cachedPage("p\($0).html", "page \($0)", in: parent) }
        let changed = try cachedPage("p3-new.html", "page 3, edited", in: parent)
        try Publisher.publish([OutputFile("index.html", text: "home")] + pages.enumerated().map { index, page in
            OutputFile("pages/\(index + 1)/index.html", sameAs: page)
        }, to: output)
        let before = try DiskSnapshot(output)
        // Linking again, or renaming over, would change the file's or its folder's change time.
        Thread.sleep(forTimeInterval: 0.05)
        try Publisher.publish([OutputFile("index.html", text: "home"), OutputFile("pages/1/index.html", sameAs: pages[0]),
                               OutputFile("pages/2/index.html", sameAs: pages[1]), OutputFile("pages/3/index.html", sameAs: changed)],
                              to: output)
        let after = try DiskSnapshot(output)
        for path in ["pages/1/index.html", "pages/2/index.html"] {
            #expect(after.files[path] == before.files[path], "\(path) was touched")
            #expect(after.folderTimes[(path as NSString).deletingLastPathComponent] == before.folderTimes[(path as NSString).deletingLastPathComponent])
        }
        #expect(after.files["pages/3/index.html"]?.inode == DiskSnapshot.inode(of: changed))
        #expect(after.files["pages/3/index.html"]?.text == "page 3, edited")
        #expect(after.files["index.html"]?.text == "home")
    }

    @Test func aFailedBuildLeavesEveryFileAsItWas() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        let page = try cachedPage("a.html", "cached", in: parent)
        let other = try cachedPage("b.html", "other", in: parent)
        try Publisher.publish([OutputFile("index.html", text: "good"), OutputFile("a/index.html", sameAs: page),
                               OutputFile("stale/old.html", text: "old")], to: output)
        let before = try DiskSnapshot(output)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish(to: output) { (write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) in
                try write(OutputFile("index.html", text: "bad"))
                try write(OutputFile("a/index.html", sameAs: other))
                try write(OutputFile("new/page.html", text: "new"))
                throw DiagnosticError([.error(.site, at: SourceLocation(file: "x"), "failed")])
            }
        }
        #expect(try DiskSnapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["cache", "public"])
    }

    @Test func aFileWhereAFolderWasReplacesTheWholeFolder() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        let page = try cachedPage("c.html", "cached", in: parent)
        try Publisher.publish([OutputFile("a/index.html", text: "folder a"), OutputFile("b", text: "file b"),
                               OutputFile("c/index.html", sameAs: page), OutputFile("d/old.html", text: "old")], to: output)
        try Publisher.publish([OutputFile("a", text: "file a"), OutputFile("b/index.html", text: "folder b"),
                               OutputFile("c/index.html", sameAs: page)], to: output)
        let tree = try DiskSnapshot(output)
        #expect(tree.files.keys.sorted() == [Publisher.markerFile, "a", "b/index.html", "c/index.html"])
        #expect(tree.folders == ["b", "c"])
        #expect(tree.files["a"]?.text == "file a")
        #expect(tree.files["b/index.html"]?.text == "folder b")
        #expect(tree.files["c/index.html"]?.inode == DiskSnapshot.inode(of: page))
        #expect(tree.files[Publisher.markerFile]?.text == Publisher.markerText)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["cache", "public"])
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: output.appendingPathComponent("notes.txt"))
        #expect(throws: DiagnosticError.self) { try Publisher.publish([OutputFile("index.html", text: "x")], to: output.path) }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.txt").path))
    }

    @Test func failedWriteLeavesThePreviousSiteUntouched() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        try Publisher.publish([OutputFile("index.html", text: "good")], to: output)
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([OutputFile("index.html", text: "bad"), OutputFile("../escape.html", text: "x")], to: output)
        }
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "good")
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }
}

/// Every file under a folder with its bytes, inode and change time, and every folder's
/// modification time: equal snapshots mean nothing in the folder was written, linked or renamed.
struct DiskSnapshot: Equatable {
    struct File: Equatable {
        var text: String
        var inode: UInt64
        var changeTime: [Int]
    }

    var files: [String: File] = [:]
    var folderTimes: [String: [Int]] = [:]
    var rootTime: [Int] = []
    var folders: [String] { folderTimes.keys.sorted() }

    init(_ root: String) throws {
        var rootStatus = stat()
        try #require(lstat(root, &rootStatus) == 0)
        rootTime = [rootStatus.st_mtim.tv_sec, rootStatus.st_mtim.tv_nsec]
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        while let path = enumerator.nextObject() as? String {
            var status = stat()
            try #require(lstat(root + "/" + path, &status) == 0)
            if status.st_mode & S_IFMT == S_IFDIR {
                folderTimes[path] = [status.st_mtim.tv_sec, status.st_mtim.tv_nsec]
            } else {
                let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
                files[path] = File(text: text, inode: UInt64(status.st_ino), changeTime: [status.st_ctim.tv_sec, status.st_ctim.tv_nsec])
            }
        }
    }

    static func inode(of path: String) -> UInt64? {
        var status = stat()
        return stat(path, &status) == 0 ? UInt64(status.st_ino) : nil
    }
}
