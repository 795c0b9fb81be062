import ArgumentParser
import BriefingBuild
import BriefingCore
import BriefingReflow
import BriefingScript
import Foundation

struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write N synthetic raw seeds made from the real ones, and their gazetteer, for scale runs.",
        discussion: """
            The same --articles, --seed and seeds give byte-identical files.
            Example: briefing synth --articles 1000 --out /tmp/synth
            """)

    @Option(help: "Number of articles to write.") var articles: Int
    @Option(help: "Folder to write them to; it must not exist yet or be empty.") var out: String
    @Option(help: "Seed of the shuffles.") var seed: UInt64 = 1
    @Option(help: "Number of the first article, to write only articles that a larger run would add.") var first = 0
    @Option(help: "Folder of the real seeds and entities.yml to draw from.") var seeds = "seeds"

    func validate() throws {
        guard articles >= 0, first >= 0 else { throw ValidationError("--articles and --first must be 0 or more") }
    }

    func run() throws {
        do throws(DiagnosticError) {
            let archive = try SyntheticArchive(seeds: try SeedReader.read(folder: seeds), seed: seed,
                                               detectScript: try ScriptConverter().detectScript(of:))
            try prepareFolder()
            var counts: [Script: Int] = [:]
            var bytes = 0
            for index in first..<(first + articles) {
                let article = archive.article(index)
                counts[article.script, default: 0] += 1
                bytes += article.text.utf8.count
                try write(Data(article.text.utf8), to: article.fileName)
            }
            let gazetteer = URL(fileURLWithPath: seeds).appendingPathComponent("entities.yml")
            if let data = FileManager.default.contents(atPath: gazetteer.path) { try write(data, to: "entities.yml") }
            let scripts = "\(counts[.traditional] ?? 0) Traditional, \(counts[.simplified] ?? 0) Simplified"
            print("wrote \(articles) synthetic seeds (\(scripts), \(bytes / 1024) KiB) → \(out)/")
        } catch {
            Terminal.fail(error)
        }
    }

    private func prepareFolder() throws(DiagnosticError) {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        guard existing.isEmpty else {
            throw DiagnosticError([.error(.publish, at: SourceLocation(file: out),
                                          "folder is not empty; pass a new --out folder or remove this one")])
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError([.error(.publish, at: SourceLocation(file: out),
                                          "cannot create the folder: \(error.localizedDescription)")])
        }
    }

    private func write(_ data: Data, to name: String) throws(DiagnosticError) {
        let path = URL(fileURLWithPath: out).appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw DiagnosticError([.error(.publish, at: SourceLocation(file: path),
                                          "cannot write the file; check the folder's permissions and free space")])
        }
    }
}
