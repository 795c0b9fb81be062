import ArgumentParser
import BriefingBuild
import BriefingCore
import Foundation

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
