/// One problem found in the input, printed like `seeds/a.txt:42: reflow: footnote [3] has no body`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case warning
        case error
    }

    public enum Stage: String, Sendable, Hashable {
        case ingest, reflow, markdown, entities, script, html, templates, search, site, publish
    }

    public var location: SourceLocation
    public var stage: Stage
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ stage: Stage, at location: SourceLocation, _ message: String) {
        self.location = location
        self.stage = stage
        self.severity = severity
        self.message = message
    }

    public static func error(_ stage: Stage, at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, stage, at: location, message)
    }

    public static func warning(_ stage: Stage, at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, stage, at: location, message)
    }

    public var description: String {
        let prefix = severity == .warning ? "warning: " : ""
        return "\(location.description): \(stage.rawValue): \(prefix)\(message)"
    }
}

/// Thrown by a stage that cannot go on; carries every problem it found, not just the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
