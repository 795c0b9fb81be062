import BriefingCore
import Foundation

/// Verifies a built site: every internal link, `#anchor`, stylesheet, script and image in every
/// HTML page resolves to a file of the site (a folder link to its `index.html`). External
/// http(s) and mailto links are not fetched.
public enum LinkChecker {
    public static func check(_ files: [OutputFile], siteName: String = "public") -> [Diagnostic] {
        var anchors: [String: Set<String>] = [:]
        var pages: [(path: String, html: String)] = []
        let paths = Set(files.map(\.relativePath))
        for file in files where file.relativePath.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            pages.append((file.relativePath, html))
            anchors[file.relativePath] = Set(attributeValues("id", in: html))
        }
        var problems: [Diagnostic] = []
        for (path, html) in pages {
            let references = attributeValues("href", in: html) + attributeValues("src", in: html)
            for reference in Set(references).sorted() {
                if let message = problem(with: reference, from: path, paths: paths, anchors: anchors) {
                    problems.append(.error(.site, at: SourceLocation(file: "\(siteName)/\(path)"), message))
                }
            }
        }
        return problems
    }

    private static func problem(with reference: String, from page: String, paths: Set<String>, anchors: [String: Set<String>]) -> String? {
        let decodedReference = reference.replacingOccurrences(of: "&amp;", with: "&")
        let lower = decodedReference.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return nil }
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || decodedReference.hasPrefix("//") {
            return "link `\(reference)` is not allowed: only http(s), mailto and relative links"
        }
        if decodedReference.hasPrefix("/") { return "root-absolute link `\(reference)` breaks when the site is served under a sub-path" }
        let parts = decodedReference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !pathPart.isEmpty {
            guard let resolved = resolve(pathPart.removingPercentEncoding ?? pathPart, from: page) else {
                return "link `\(reference)` leaves the site"
            }
            if paths.contains(resolved) {
                target = resolved
            } else if paths.contains(resolved.isEmpty ? "index.html" : resolved + (resolved.hasSuffix("/") ? "" : "/") + "index.html") {
                target = resolved.isEmpty ? "index.html" : resolved + (resolved.hasSuffix("/") ? "" : "/") + "index.html"
            } else {
                return "broken link `\(reference)`: no file \(resolved.isEmpty ? "index.html" : resolved) in the site"
            }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
            let id = fragment.removingPercentEncoding ?? fragment
            if !(anchors[target]?.contains(id) ?? false) { return "broken anchor `\(reference)`: no id \"\(id)\" in \(target)" }
        }
        return nil
    }

    /// Resolves a relative path against the folder of `page`; nil when it climbs above the root.
    static func resolve(_ relative: String, from page: String) -> String? {
        var components = page.split(separator: "/").map(String.init)
        components.removeLast()
        for part in relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch part {
            case "", ".": continue
            case "..":
                if components.isEmpty { return nil }
                components.removeLast()
            default: components.append(part)
            }
        }
        let joined = components.joined(separator: "/")
        return relative.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let marker = " \(name)=\""
        var searchRange = html.startIndex..<html.endIndex
        while let found = html.range(of: marker, range: searchRange) {
            guard let end = html[found.upperBound...].firstIndex(of: "\"") else { break }
            values.append(String(html[found.upperBound..<end]))
            searchRange = end..<html.endIndex
        }
        return values
    }
}
