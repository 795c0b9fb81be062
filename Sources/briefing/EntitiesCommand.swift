import ArgumentParser
import BriefingBuild
import BriefingCore
import BriefingReflow
import BriefingRender
import BriefingScript
import Foundation

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the gazetteer (seeds/entities.yml).",
        discussion: "Example: briefing entities --suggest >> seeds/entities.yml   (then review the new entries)")

    @Flag(help: "Print YAML entries for names glossed in the articles that the gazetteer lacks.") var suggest = false
    @Option(help: "Folder of seeds and entities.yml.") var seeds = "seeds"

    func run() throws {
        guard suggest else { throw ValidationError("nothing to do; did you mean `briefing entities --suggest`?") }
        do throws(DiagnosticError) {
            let scripts = try ScriptConverter()
            let gazetteer = try Gazetteer.read(folder: seeds)
            var documents: [MarkdownDocument] = []
            for seed in try SeedReader.read(folder: seeds) {
                documents.append(try DocumentLoader.load(seed, scripts: scripts).document)
            }
            let candidates = CandidateFinder(gazetteer: gazetteer, fold: scripts.fold).candidates(in: documents)
            print(CandidateFinder.yaml(for: candidates, scripts: scripts), terminator: "")
        } catch {
            Terminal.fail(error)
        }
    }
}
