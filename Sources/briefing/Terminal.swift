import BriefingBuild
import BriefingCore
import Foundation

enum Terminal {
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Warnings grouped by file, each line naming file and line; errors as they come.
    static func report(_ diagnostics: [Diagnostic], verbose: Bool = true) {
        var byFile: [String: [Diagnostic]] = [:]
        var order: [String] = []
        for diagnostic in diagnostics {
            if byFile[diagnostic.location.file] == nil { order.append(diagnostic.location.file) }
            byFile[diagnostic.location.file, default: []].append(diagnostic)
        }
        var text = ""
        for file in order {
            let group = byFile[file]!
            if verbose || group.count <= 3 {
                for diagnostic in group { text += diagnostic.description + "\n" }
            } else {
                for diagnostic in group.prefix(3) { text += diagnostic.description + "\n" }
                text += "\(file): … and \(group.count - 3) more (use --verbose to see them)\n"
            }
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A line on stdout, written at once (serve runs for long; nothing should wait in a buffer).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func fail(_ error: DiagnosticError) -> Never {
        report(error.diagnostics)
        // A publishing problem says itself what became of the output folder (an in-place update
        // that failed part way leaves some files of each build); any other stops before it.
        let outcome = error.diagnostics.contains { $0.stage == .publish } ? "" : "; nothing was written"
        FileHandle.standardError.write(Data("error: \(error.diagnostics.count) problem(s)\(outcome)\n".utf8))
        Foundation.exit(1)
    }

    /// A progress callback that draws on stderr: a bar on a terminal, plain lines otherwise.
    static func progress(quiet: Bool, started: Date) -> (BuildProgress) -> Void {
        guard !quiet else { return { _ in } }
        let renderer = ProgressRenderer(isTerminal: isTerminal)
        return { progress in
            if let text = renderer.render(progress, elapsed: Date().timeIntervalSince(started)) {
                FileHandle.standardError.write(Data(text.utf8))
            }
        }
    }

    static func endProgress(quiet: Bool) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data(ProgressRenderer(isTerminal: isTerminal).finish.utf8))
    }
}
