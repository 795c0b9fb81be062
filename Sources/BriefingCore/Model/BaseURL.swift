/// The absolute URL a site is published under.
public enum BaseURL {
    /// Checks a `--base-url` and returns it with a trailing slash.
    public static func normalised(_ url: String?) throws(DiagnosticError) -> String? {
        guard let url else { return nil }
        guard URLPolicy.isAllowed(url), url.split(separator: "/").count >= 2, !url.contains(" ") else {
            throw DiagnosticError([.error(.site, at: SourceLocation(file: "--base-url"),
                "base URL must be an absolute http(s) URL such as https://example.org/archive/, not `\(url)`")])
        }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
