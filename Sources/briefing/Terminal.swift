import ArgumentParser
import BriefingKit
import Foundation

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
