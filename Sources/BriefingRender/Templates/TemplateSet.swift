import BriefingCore
import BriefingReflow
import Foundation

/// The contents of `templates/`: Mustache templates by name, the site settings file, and
/// static assets (stylesheet, scripts, icons) copied verbatim into `assets/`.
public struct TemplateSet: Sendable {
    public var templates: [String: String]
    public var settingsYAML: String
    public var assets: [String: [UInt8]]
    public var folder: String

    public static let settingsFile = "site.yml"
    public static let requiredTemplates = ["layout", "index", "article", "404"]

    public init(templates: [String: String], settingsYAML: String, assets: [String: [UInt8]], folder: String) {
        self.templates = templates
        self.settingsYAML = settingsYAML
        self.assets = assets
        self.folder = folder
    }

    public static func read(folder: String) throws(DiagnosticError) -> TemplateSet {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw DiagnosticError([.error(.templates, at: SourceLocation(file: folder),
                "templates folder not found; pass --templates DIR or restore templates/ from the repository")])
        }
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        var settings: String?
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let bytes = try SeedReader.bytes(at: path)
            if name.hasSuffix(".mustache") {
                templates[String(name.dropLast(".mustache".count))] = try TextDecoder.decode(bytes, path: path)
            } else if name == settingsFile {
                settings = try TextDecoder.decode(bytes, path: path)
            } else {
                assets[name] = bytes
            }
        }
        let missing = requiredTemplates.filter { templates[$0] == nil }
        var problems = missing.map {
            Diagnostic.error(.templates, at: SourceLocation(file: "\(folder)/\($0).mustache"), "required template is missing")
        }
        if settings == nil {
            problems.append(.error(.templates, at: SourceLocation(file: "\(folder)/\(settingsFile)"), "site settings file is missing"))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return TemplateSet(templates: templates, settingsYAML: settings ?? "", assets: assets, folder: folder)
    }

    /// The templates named and every partial they include (`{{> name}}`) or inherit from
    /// (`{{< name}}`), transitively: all a page rendered with them can show of the template set.
    /// A template that changes its delimiters (`{{=<% %>=}}`) may name others in a way this does
    /// not read, so then the closure is every template.
    package static func closure(of names: [String], in templates: [String: String]) -> Set<String> {
        var found: Set<String> = []
        var pending = names
        while let name = pending.popLast() {
            guard found.insert(name).inserted, let text = templates[name] else { continue }
            if text.contains("{{=") { return found.union(templates.keys).union(names) }
            for match in text.matches(of: #/\{\{[<>]\s*([\w./-]+)\s*\}\}/#) { pending.append(String(match.output.1)) }
        }
        return found
    }
}
