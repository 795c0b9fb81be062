import Mustache

/// Renders typed view models with the Mustache templates of `templates/`; `{{ }}` escapes HTML.
public struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary
    public let settings: SiteSettings

    public init(_ set: TemplateSet) throws(DiagnosticError) {
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for name in set.templates.keys.sorted() {
            do {
                try library.register(set.templates[name]!, named: name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(.templates, at: SourceLocation(file: "\(set.folder)/\(name).mustache", line: error.context.lineNumber),
                    "template does not parse (\(error.error)) near: \(error.context.line.trimmingSpaces())"))
            } catch {
                problems.append(.error(.templates, at: SourceLocation(file: "\(set.folder)/\(name).mustache"), "template does not parse: \(error)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        self.library = library
        settings = try SiteSettings.parse(set.settingsYAML, path: "\(set.folder)/\(TemplateSet.settingsFile)")
    }

    public func render(_ view: Any, template: String) throws(DiagnosticError) -> String {
        guard let output = library.render(TemplateValue.flattened(view), withTemplate: template) else {
            throw DiagnosticError([.error(.templates, at: SourceLocation(file: "\(template).mustache"), "template is missing")])
        }
        return output
    }
}
