import BriefingCore
import BriefingRender
import BriefingScript

/// What every page builder needs: the templates, the script converter and the publishing URL.
struct SiteContext: Sendable {
    var renderer: TemplateRenderer
    var scripts: ScriptConverter
    /// Absolute URL of the site's root, ending in `/`, when the user gave `--base-url`.
    var baseURL: String?
    var matcher: EntityMatcher
    /// Hashes of everything beyond a page's own inputs that shapes it, per template, and of the
    /// same without templates (`SiteBuilder.identities`). Part of every cache key.
    var identities: (pages: [String: String], content: String) = ([:], "")

    /// Each entity's preferred name per script, for the regional-vocabulary view.
    var regionalNames: [Script: [String: (name: String, replaces: String)]] = [:]

    /// Annotators for an article's two columns: the converted one carries regional names.
    func annotators(forFolder folder: String, original: Script) -> [Script: EntityAnnotator] {
        let path = Self.root(forFolder: folder) + "entities/"
        return [original: EntityAnnotator(matcher: matcher, entitiesPath: path),
                original.other: EntityAnnotator(matcher: matcher, entitiesPath: path, regionalNames: regionalNames[original.other] ?? [:])]
    }

    /// The relative path from a page in `folder` (such as `articles/x/`) back to the site root.
    static func root(forFolder folder: String) -> String {
        String(repeating: "../", count: folder.split(separator: "/").count)
    }

    /// The identity of pages rendered with `template`.
    func identity(forTemplate template: String) -> String {
        identities.pages[template] ?? identities.content
    }

    func canonicalURL(forFolder folder: String) -> String? {
        baseURL.map { $0 + folder }
    }
}
