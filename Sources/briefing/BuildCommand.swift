import ArgumentParser
import BriefingKit
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert every seed and write the site, replacing the output folder only when all went well.",
        discussion: "Example: briefing build --seeds seeds --templates templates --out public --base-url https://example.org/archive/")

    @Option(help: "Folder of seeds (NAME.txt or NAME.md, optional NAME.yml).") var seeds = "seeds"
    @Option(help: "Folder of Mustache templates, site.yml and assets.") var templates = "templates"
    @Option(help: "Output folder; replaced atomically.") var out = "public"
    @Option(help: "Absolute URL the site is published under (used for canonical links and feeds).") var baseURL: String?
    @Flag(help: "Build the good seeds and report the bad ones as skipped, instead of stopping.") var keepGoing = false

    func run() throws {
        let started = Date()
        do throws(DiagnosticError) {
            let scripts = try ScriptConverter()
            let read = try SeedReader.readAll(folder: seeds)
            let unreadable = keepGoing ? [] : read.problems
            var result: SiteBuilder.Result
            do throws(DiagnosticError) {
                result = try SiteBuilder.build(seeds: read.seeds, templates: try TemplateSet.read(folder: templates),
                                               scripts: scripts, gazetteer: try Gazetteer.read(folder: seeds),
                                               baseURL: baseURL, keepGoing: keepGoing)
            } catch {
                throw DiagnosticError(unreadable + error.diagnostics)
            }
            if !unreadable.isEmpty { throw DiagnosticError(unreadable) }
            result.warnings = read.problems.map { Diagnostic(.warning, $0.stage, at: $0.location, "skipped: " + $0.message) }
                + result.warnings
            try Publisher.publish(result.files, to: out)
            Terminal.report(result.warnings)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("built \(result.articleCount) articles, \(result.pageCount) pages, \(result.entityCount) entities in \(seconds) s → \(out)/")
        } catch {
            Terminal.fail(error)
        }
    }
}
