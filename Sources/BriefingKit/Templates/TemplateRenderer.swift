import Mustache

/// Renders typed view models with the Mustache templates of `templates/`; `{{ }}` escapes HTML.
/// Besides its own view, every template can read the settings' labels as `labels.NAME`.
public struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary
    public let settings: SiteSettings
    private let labels: [String: ScriptPairView]

    /// The root every template is rendered in: the view on top of the labels, so a name the view
    /// lacks is looked up among the labels (Mustache's context stack).
    private struct Scope {
        var labels: [String: ScriptPairView]
        var page: Any
    }

    private static func scoped(_ name: String) -> String { "briefing-scope/\(name)" }

    public init(_ set: TemplateSet) throws(DiagnosticError) {
        MustacheContentTypes.register(HTMLText(), named: HTMLText.contentTypeName)
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for name in set.templates.keys.sorted() {
            do {
                try library.register(HTMLText.pragma + set.templates[name]!, named: name)
                try library.register("{{#page}}{{> \(name)}}{{/page}}", named: Self.scoped(name))
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(.templates, at: SourceLocation(file: "\(set.folder)/\(name).mustache", line: HTMLText.authorsLine(error.context.lineNumber)),
                    "template does not parse (\(error.error)) near: \(error.context.line.trimmingSpaces())"))
            } catch {
                problems.append(.error(.templates, at: SourceLocation(file: "\(set.folder)/\(name).mustache"), "template does not parse: \(error)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        self.library = library
        settings = try SiteSettings.read(from: set)
        labels = settings.labels.mapValues { ScriptPairView(traditional: $0[.traditional]!, simplified: $0[.simplified]!) }
    }

    public func render(_ view: Any, template: String) throws(DiagnosticError) -> String {
        let scope = TemplateValue.flattened(Scope(labels: labels, page: view))
        guard let output = library.render(scope, withTemplate: Self.scoped(template)) else {
            throw DiagnosticError([.error(.templates, at: SourceLocation(file: "\(template).mustache"), "template is missing")])
        }
        return output
    }
}
