import BriefingCore
import BriefingReflow
import Foundation

/// Site-wide settings from `templates/site.yml`: the site's name and description in both
/// scripts, the base URL, the list page size, the feed's author and rights, and the labels the
/// templates and page titles show.
///
/// Every key is checked: an unknown key, a wrong type or a label missing in one script is an
/// error naming the file and the key, and so is a `{{labels.NAME}}` in a template that the
/// file does not define.
public struct SiteSettings: Sendable, Hashable {
    public var title: [Script: String]
    public var description: [Script: String]
    /// Where the site is published, ending in `/`; `--base-url` wins over it.
    public var baseURL: String?
    /// Articles per list page; longer lists continue on `page/2/` and so on.
    public var pageSize: Int
    /// The Atom feed's `<author>` and `<rights>`.
    public var author: String?
    public var copyright: String?
    /// Texts in both scripts by name, shown by templates as `{{#labels.NAME}}…{{/labels.NAME}}`.
    public var labels: [String: [Script: String]]

    public static let defaultPageSize = 50
    static let knownKeys = ["title", "description", "base_url", "page_size", "author", "copyright", "labels"]
    /// Labels the engine itself uses, in page titles and list headings.
    static let requiredLabels = ["author", "tag", "source", "page", "entities", "glossary_title"]
        + Entity.Kind.allCases.map { "kind_\($0.rawValue)" }

    public init(title: [Script: String], description: [Script: String], baseURL: String? = nil,
                pageSize: Int = defaultPageSize, author: String? = nil, copyright: String? = nil,
                labels: [String: [Script: String]] = [:]) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.pageSize = pageSize
        self.author = author
        self.copyright = copyright
        self.labels = labels
    }

    /// Reads the settings of a template set, checking them against its templates.
    public static func read(from set: TemplateSet) throws(DiagnosticError) -> SiteSettings {
        try parse(set.settingsYAML, path: "\(set.folder)/\(TemplateSet.settingsFile)", templates: set.templates)
    }

    static func parse(_ yaml: String, path: String, templates: [String: String] = [:]) throws(DiagnosticError) -> SiteSettings {
        let fields = try FrontMatterCodec.mapping(yaml, path: path)
        var problems: [Diagnostic] = []
        func fail(_ message: String) { problems.append(.error(.templates, at: SourceLocation(file: path), message)) }
        for key in fields.keys.sorted() where !knownKeys.contains(key) {
            fail("unknown setting `\(key)`; expected one of: \(knownKeys.joined(separator: ", "))")
        }
        func pair(_ value: Any?, key: String) -> [Script: String]? {
            guard let value = value as? [String: Any], let hant = value["Hant"] as? String, let hans = value["Hans"] as? String,
                  value.count == 2 else {
                fail("`\(key)` needs a text for each script and nothing else, as `\(key): { Hant: …, Hans: … }`")
                return nil
            }
            return [.traditional: hant, .simplified: hans]
        }
        func text(_ key: String) -> String? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else { fail("`\(key)` must be text"); return nil }
            return text.isEmpty ? nil : text
        }
        let title = pair(fields["title"], key: "title")
        let description = pair(fields["description"], key: "description")
        var baseURL: String?
        if let url = text("base_url") {
            baseURL = try? BaseURL.normalised(url)
            if baseURL == nil { fail("`base_url` must be an absolute http(s) URL such as https://example.org/archive/, not `\(url)`") }
        }
        var pageSize = defaultPageSize
        if let value = fields["page_size"], !(value is NSNull) {
            if let number = value as? Int, number >= 1 { pageSize = number } else { fail("`page_size` must be a whole number of at least 1") }
        }
        var labels: [String: [Script: String]] = [:]
        var labelNames: Set<String> = []
        var labelsMalformed = false
        if let value = fields["labels"] {
            if let mapping = value as? [String: Any] {
                labelNames = Set(mapping.keys)
                for name in mapping.keys.sorted() { labels[name] = pair(mapping[name], key: "labels.\(name)") }
            } else {
                labelsMalformed = true
                fail("`labels` must map names to texts, as `labels: { back: { Hant: 返回文庫, Hans: 返回文库 } }`")
            }
        }
        for name in requiredLabels where !labelNames.contains(name) && !labelsMalformed {
            fail("`labels.\(name)` is missing; the site uses it in page titles and headings")
        }
        for (template, name) in labelReferences(in: templates) where !labelNames.contains(name) {
            fail("`labels.\(name)` is used by \(template).mustache but not defined here")
        }
        guard problems.isEmpty, let title, let description else { throw DiagnosticError(problems) }
        return SiteSettings(title: title, description: description, baseURL: baseURL, pageSize: pageSize,
                            author: text("author"), copyright: text("copyright"), labels: labels)
    }

    /// Every `labels.NAME` a template mentions, as (template, NAME), sorted.
    static func labelReferences(in templates: [String: String]) -> [(String, String)] {
        var found: [(String, String)] = []
        for name in templates.keys.sorted() {
            var seen: Set<String> = []
            var rest = templates[name]![...]
            while let range = rest.range(of: "labels.") {
                let label = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !label.isEmpty, seen.insert(String(label)).inserted { found.append((name, String(label))) }
                rest = rest[range.upperBound...]
            }
        }
        return found
    }

    /// A label's two texts; the engine only asks for labels `parse` has checked.
    package func label(_ name: String) -> ScriptPairView {
        let texts = labels[name] ?? [:]
        return ScriptPairView(traditional: texts[.traditional] ?? name, simplified: texts[.simplified] ?? name)
    }
}
