/// Slugs name folders of the published site, so they are restricted to a safe alphabet.
public enum SlugRule {
    public static func isSafe(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 100 && slug.first != "-"
            && slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}

/// Links that may reach a page: http(s) and relative ones only, never `javascript:` or `data:`.
public enum URLPolicy {
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}
