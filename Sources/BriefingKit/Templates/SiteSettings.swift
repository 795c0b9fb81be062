/// Site-wide settings from `templates/site.yml`: the site's name and description in both scripts.
public struct SiteSettings: Sendable, Hashable {
    public var title: [Script: String]
    public var description: [Script: String]

    public init(title: [Script: String], description: [Script: String]) {
        self.title = title
        self.description = description
    }

    static func parse(_ yaml: String, path: String) throws(DiagnosticError) -> SiteSettings {
        let fields = try FrontMatterCodec.mapping(yaml, path: path)
        func pair(_ key: String) throws(DiagnosticError) -> [Script: String] {
            guard let value = fields[key] as? [String: Any],
                  let hant = value["Hant"] as? String, let hans = value["Hans"] as? String else {
                throw DiagnosticError([.error(.templates, at: SourceLocation(file: path),
                    "`\(key)` needs a text for each script, as `\(key): { Hant: …, Hans: … }`")])
            }
            return [.traditional: hant, .simplified: hans]
        }
        return SiteSettings(title: try pair("title"), description: try pair("description"))
    }
}
