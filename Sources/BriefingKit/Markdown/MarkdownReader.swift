/// Reads a hand-written `NAME.md` seed: `---` front matter, then a GFM body used as written.
public enum MarkdownReader {
    public static func document(from seed: Seed, defaults: ArticleMetadata) throws(DiagnosticError) -> MarkdownDocument {
        let (yaml, body) = try split(seed.text, path: seed.path)
        let metadata = try FrontMatterCodec.apply(yaml, to: defaults, path: seed.path)
        return MarkdownDocument(metadata: metadata, body: body, sourcePath: seed.path)
    }

    static func split(_ text: String, path: String) throws(DiagnosticError) -> (yaml: String, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingSpaces() == "---" else {
            throw DiagnosticError([.error(.markdown, at: SourceLocation(file: path, line: 1),
                "a Markdown seed must start with `---` and YAML front matter (did you forget the opening `---`?)")])
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingSpaces() == "---" }) else {
            throw DiagnosticError([.error(.markdown, at: SourceLocation(file: path, line: 1),
                "front matter opened with `---` on line 1 is never closed; add a line `---` after the last field")])
        }
        let yaml = lines[..<close].joined(separator: "\n")
        var body = lines[(close + 1)...].joined(separator: "\n")
        while body.hasPrefix("\n") { body.removeFirst() }
        return (yaml, body)
    }
}
