import Foundation
import Testing
@testable import BriefingKit

struct PublisherTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-publisher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func replacesThePreviousSiteWhole() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("public").path
        try Publisher.publish([OutputFile("old.html", text: "old")], to: output)
        try Publisher.publish([OutputFile("a/new.html", text: "new")], to: output)
        #expect(!FileManager.default.fileExists(atPath: output + "/old.html"))
        #expect(try String(contentsOfFile: output + "/a/new.html", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
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
