import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct ScriptConverterTests {
    let scripts = TestSupport.scripts

    @Test func oneToManyCharactersFollowTheirPhrase() {
        #expect(scripts.convert("头发和发展", from: .simplified, to: .traditional) == "頭髮和發展")
        #expect(scripts.convert("干部在干燥的若干地方", from: .simplified, to: .traditional) == "幹部在乾燥的若干地方")
        #expect(scripts.convert("以后的皇后", from: .simplified, to: .traditional) == "以後的皇后")
    }

    @Test func taiwanPhrasingOneWayMainlandPhrasingTheOther() {
        #expect(scripts.convert("软件和台湾", from: .simplified, to: .traditional) == "軟體和臺灣")
        #expect(scripts.convert("軟體和臺灣", from: .traditional, to: .simplified) == "软件和台湾")
    }

    @Test func foldsOneCharacterAtATime() {
        let pairs: [(Character, Character)] = [("A", "a"), ("z", "z"), ("・", "·"), ("•", "·"), ("國", "国"), ("国", "国"),
                                               ("Ａ", "Ａ"), ("\u{F900}", "\u{5C82}"), ("e\u{301}", "e\u{301}"), ("A\u{301}", "A\u{301}"),
                                               ("・\u{301}", "・\u{301}"), ("\r\n", "\r\n"), ("👍🏽", "👍🏽"), ("𠀀", "𠀀")]
        for (character, folded) in pairs {
            #expect(Array(String(scripts.foldCharacter(character)).unicodeScalars) == Array(String(folded).unicodeScalars),
                    "\(String(character).debugDescription)")
        }
    }

    @Test func originalScriptIsNeverConverted() {
        #expect(scripts.convert("台灣與臺灣", from: .traditional, to: .traditional) == "台灣與臺灣")
    }

    @Test func detectsTheScriptOfEachSeed() throws {
        let expected: [String: Script] = ["000_5b3bdedfcf3bd529": .traditional, "001_028ffaec0f3ec37e": .traditional,
                                          "002_1e52bf826db42f76": .simplified, "003_beb807c6142ff2a5": .traditional,
                                          "004_730b5a91600a779f": .simplified]
        for seed in try TestSupport.realSeeds() {
            #expect(scripts.detectScript(of: seed.text) == expected[seed.id], "\(seed.id)")
        }
    }

    /// Every converted block of every seed agrees with the `opencc` command-line tool run with the same configuration.
    @Test(arguments: TestSupport.realSeedIDs)
    func convertedBlocksAgreeWithTheOpenCCCommand(seedID: String) throws {
        let document = try DocumentLoader.load(try TestSupport.realSeed(seedID), scripts: scripts).document
        let original = document.metadata.script
        let configuration = original == .traditional ? "tw2sp.json" : "s2twp.json"
        let blocks = document.body.components(separatedBy: "\n\n")
        let ours = BilingualDocument(document, scripts: scripts).bodies[original.other]!.components(separatedBy: "\n\n")
        let reference = try Self.runOpenCC(blocks.joined(separator: "\n\u{1E}\n"), configuration: configuration)
            .components(separatedBy: "\n\u{1E}\n")
        #expect(ours.count == blocks.count)
        #expect(reference.count == blocks.count)
        for (index, (mine, theirs)) in zip(ours, reference).enumerated() where mine != theirs {
            Issue.record("\(seedID) block \(index + 1) differs from `opencc -c \(configuration)`:\n  ours:   \(mine.prefix(80))\n  opencc: \(theirs.prefix(80))")
        }
    }

    static func runOpenCC(_ input: String, configuration: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/opencc")
        process.arguments = ["-c", configuration]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
