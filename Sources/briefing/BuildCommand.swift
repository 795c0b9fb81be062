import ArgumentParser
import BriefingBuild
import BriefingCore
import BriefingReflow
import BriefingScript
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert every seed and write the site, changing the output folder only when all went well.",
        discussion: "Example: briefing build --seeds seeds --templates templates --out public --base-url https://example.org/archive/")

    @Option(help: "Folder of seeds (NAME.txt or NAME.md, optional NAME.yml).") var seeds = "seeds"
    @Option(help: "Folder of Mustache templates, site.yml and assets.") var templates = "templates"
    @Option(help: "Output folder; updated to match this build only once it has succeeded.") var out = "public"
    @Option(help: "Absolute URL the site is published under (used for canonical links and feeds); overrides `base_url` in site.yml.")
    var baseURL: String?
    @Flag(help: "Build the good seeds and report the bad ones as skipped, instead of stopping.") var keepGoing = false
    @Option(help: "Incremental-build cache folder (default: .briefing-cache beside the output).") var cache: String?
    @Flag(help: "Build everything from scratch without reading or writing the cache.") var noCache = false
    @Flag(name: .shortAndLong, help: "Print only problems, no progress or summary.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print every warning instead of the first few per file.") var verbose = false

    func run() throws {
        let started = Date()
        do throws(DiagnosticError) {
            let scripts = try ScriptConverter()
            // Held as an optional and taken inside the closure, so the build gets the only copy of
            // the seeds and can let each text go once converted (a captured `let` would keep the
            // whole archive's text to the end: 250 MB at 10,000 articles).
            var inputs: SiteInputs? = try SiteInputs.read(seeds: seeds, templates: templates, baseURL: baseURL)
            let articleCache = noCache ? nil : ArticleCache(folder: cache ?? Self.defaultCache(beside: out),
                                                            codeIdentity: BuildIdentity.current(dataFiles: scripts.dataFiles).hex)
            var summary: SiteBuilder.Summary?
            try Publisher.publish(to: out) { (write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) in
                guard let taken = inputs.take() else { return }
                summary = try SiteBuilder.build(consume taken, scripts: scripts, keepGoing: keepGoing, cache: articleCache,
                                                progress: Terminal.progress(quiet: quiet, started: started), emit: write)
            }
            Terminal.endProgress(quiet: quiet)
            guard let summary else { return }
            Terminal.report(summary.warnings, verbose: verbose)
            let doubtful = Set(summary.warnings.filter { $0.message.hasPrefix(ArticleConverter.reviewPrefix) }.map(\.location.file)).sorted()
            if !doubtful.isEmpty {
                FileHandle.standardError.write(Data(("seeds to review (\(doubtful.count)), where the converter was unsure; "
                    + "fix any front-matter field in NAME.yml beside the seed:\n" + doubtful.map { "  \($0)\n" }.joined()).utf8))
            }
            if quiet { return }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("built \(summary.articleCount) articles (\(summary.reusedArticles) from cache), \(summary.pageCount) pages, "
                  + "\(summary.entityCount) entities, \(summary.searchFileCount) search files in \(seconds) s → \(out)/")
        } catch {
            Terminal.fail(error)
        }
    }

    static func defaultCache(beside output: String) -> String {
        URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".briefing-cache").path
    }
}
