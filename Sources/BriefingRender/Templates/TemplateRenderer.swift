import BriefingCore
import Mustache

/// Renders typed view models with the Mustache templates of `templates/`; `{{ }}` escapes HTML.
/// Besides its own view, every template can read the settings' labels as `labels.NAME`.
public struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary
    public let settings: SiteSettings
    /// The labels as the templates read them, flattened once rather than for every page.
    nonisolated(unsafe) private let labels: Any

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
        labels = TemplateValue.flattened(settings.labels.mapValues { ScriptPairView(traditional: $0[.traditional]!, simplified: $0[.simplified]!) })
    }

    /// The root every template is rendered in is the view on top of the labels, so a name the view
    /// lacks is looked up among the labels (Mustache's context stack).
    public func render(_ view: Any, template: String) throws(DiagnosticError) -> String {
        let scope: [String: Any] = ["labels": labels, "page": TemplateValue.flattened(view)]
        guard let output = library.render(scope, withTemplate: Self.scoped(template)) else {
            throw DiagnosticError([.error(.templates, at: SourceLocation(file: "\(template).mustache"), "template is missing")])
        }
        return output
    }
}
