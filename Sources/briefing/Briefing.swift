import ArgumentParser
import BriefingKit
import Foundation

@main
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a static site of Chinese policy briefings in Traditional and Simplified script.",
        discussion: "Example: briefing build --seeds seeds --out public",
        version: "0.1.0",
        subcommands: [Build.self, Convert.self, Entities.self, Check.self])
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert every seed and write the site, replacing the output folder only when all went well.",
        discussion: "Example: briefing build --seeds seeds --templates templates --out public --base-url https://example.org/archive/")

    @Option(help: "Folder of seeds (NAME.txt or NAME.md, optional NAME.yml).") var seeds = "seeds"
    @Option(help: "Folder of Mustache templates, site.yml and assets.") var templates = "templates"
    @Option(help: "Output folder; replaced atomically.") var out = "public"
    @Option(help: "Absolute URL the site is published under (used for canonical links and feeds).") var baseURL: String?

    func run() throws {
        let started = Date()
        do throws(DiagnosticError) {
            let scripts = try ScriptConverter()
            let result = try SiteBuilder.build(seeds: try SeedReader.read(folder: seeds),
                                               templates: try TemplateSet.read(folder: templates), scripts: scripts,
                                               gazetteer: try Gazetteer.read(folder: seeds), baseURL: baseURL)
            try Publisher.publish(result.files, to: out)
            Terminal.report(result.warnings)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("built \(result.articleCount) articles, \(result.pageCount) pages, \(result.entityCount) entities in \(seconds) s → \(out)/")
        } catch {
            Terminal.fail(error)
        }
    }
}

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the Markdown (with YAML front matter) a seed converts to, and warnings on stderr.",
        discussion: "Example: briefing convert seeds/000_5b3bdedfcf3bd529.txt > fixed.md")

    @Argument(help: "A seed file; NAME.md beside NAME.txt is used instead.") var file: String

    func run() throws {
        do throws(DiagnosticError) {
            let loaded = try DocumentLoader.load(try SeedReader.read(file: file), scripts: try ScriptConverter())
            Terminal.report(loaded.warnings)
            print(MarkdownWriter.file(for: loaded.document), terminator: "")
        } catch {
            Terminal.fail(error)
        }
    }
}

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

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify that every internal link, anchor and asset of a built site resolves.",
        discussion: "Example: briefing check public")

    @Argument(help: "The built site folder.") var folder = "public"

    func run() throws {
        do throws(DiagnosticError) {
            let files = try SiteReader.read(folder: folder)
            let problems = LinkChecker.check(files, siteName: folder)
            guard problems.isEmpty else { throw DiagnosticError(problems) }
            print("checked \(files.filter { $0.relativePath.hasSuffix(".html") }.count) pages: every link, anchor and asset resolves")
        } catch {
            Terminal.report(error.diagnostics)
            FileHandle.standardError.write(Data("error: \(error.diagnostics.count) broken link(s)\n".utf8))
            Foundation.exit(1)
        }
    }
}

enum Terminal {
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
    }

    static func fail(_ error: DiagnosticError) -> Never {
        report(error.diagnostics)
        FileHandle.standardError.write(Data("error: \(error.diagnostics.count) problem(s); nothing was written\n".utf8))
        Foundation.exit(1)
    }
}
