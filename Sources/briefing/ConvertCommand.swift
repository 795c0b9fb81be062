import ArgumentParser
import BriefingBuild
import BriefingCore
import BriefingReflow
import BriefingScript
import Foundation

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
