import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct UnconvertibleStretchesTests {
    let scripts = TestSupport.scripts

    private func stretches(_ text: String, shortest: Int = UnconvertibleStretches.shortest) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            UnconvertibleStretches.find(in: bytes, shortest: shortest).map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
            }
        }
    }

    @Test func aStretchRunsFromTheFirstToTheLastNonLetterOfAnASCIIRun() {
        #expect(stretches("見Foreign Affairs, vol. 12 (2020), pp. 1–9注入") == [" Affairs, vol. 12 (2020), pp. 1"])
        #expect(stretches("參見 https://example.org/a/b?c=1 一文") == [" https://example.org/a/b?c=1 "])
        #expect(stretches("參見 https://example.org/a/b?c=1 一文", shortest: 40) == [])
        #expect(stretches("SQL注入, U盘和PN结") == [])
        #expect(stretches("Smith, John. A Title Of Letters") == [", John. A Title Of "])
        #expect(stretches("") == [])
    }

    @Test func cuttingGivesWhatOpenCCGivesForTheWholeText() throws {
        let texts = [
            "SQL注入攻擊 and a long English sentence, with commas; 12345 and more: U盘 PN结",
            "关于U盘的报道 (Reuters, 2024-05-01, https://example.com/u-pan?id=42) 说明了软件和台湾",
            "Smith, John. 2020. A Title In English Only, pp. 1-20.",
            "头发和发展 ........................................ 干部在干燥的若干地方",
            "信息\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n软件",
        ]
        for text in texts {
            let traditional = try ScriptConverterTests.runOpenCC(text, configuration: "s2twp.json")
            #expect(scripts.convert(text, from: .simplified, to: .traditional) == traditional, "\(text)")
            let simplified = try ScriptConverterTests.runOpenCC(traditional, configuration: "tw2sp.json")
            #expect(scripts.convert(traditional, from: .traditional, to: .simplified) == simplified, "\(traditional)")
        }
    }

    /// The two facts the cutting rests on, read off the dictionaries that are installed: OpenCC's
    /// own `opencc_dict` writes each as text, one key and its values per line.
    @Test(arguments: ["s2twp.json", "tw2sp.json", "t2s.json", "s2t.json"])
    func dictionaryKeysAllowTheCut(configuration: String) throws {
        let folder = try #require(["/usr/share/opencc", "/usr/local/share/opencc"].first {
            FileManager.default.fileExists(atPath: "\($0)/\(configuration)")
        }, "OpenCC's data folder is not where Debian installs it")
        let config = try String(contentsOfFile: "\(folder)/\(configuration)", encoding: .utf8)
        let files = Set(config.matches(of: /"file"\s*:\s*"([^"]+)"/).map { String($0.output.1) })
        #expect(!files.isEmpty)
        let scratch = ScratchFolder("opencc-dict")
        let out = try scratch.folder()
        for file in files.sorted() {
            let text = out.appendingPathComponent(file + ".txt")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/opencc_dict")
            process.arguments = ["-i", "\(folder)/\(file)", "-o", text.path, "-f", "ocd2", "-t", "text"]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "opencc_dict \(file)")
            let keys = try String(contentsOf: text, encoding: .utf8).split(separator: "\n").map { $0.prefix { $0 != "\t" } }
            #expect(keys.count > 10, "\(file)")
            for key in keys {
                let ascii = key.unicodeScalars.filter(\.isASCII)
                let allLetters = ascii.allSatisfy { $0.properties.isAlphabetic }
                #expect(allLetters, "\(file): key \(key) holds an ASCII non-letter")
                #expect(ascii.isEmpty || ascii.count < key.unicodeScalars.count, "\(file): key \(key) is all ASCII")
            }
        }
    }
}
