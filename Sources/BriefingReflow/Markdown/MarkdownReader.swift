import BriefingCore

/// Reads a hand-written `NAME.md` seed: `---` front matter, then a GFM body used as written.
public enum MarkdownReader {
    public static func document(from seed: Seed, defaults: ArticleMetadata) throws(DiagnosticError) -> MarkdownDocument {
        let (yaml, body) = try split(seed.text, path: seed.path)
        let metadata = try FrontMatterCodec.apply(yaml, to: defaults, path: seed.path)
        return MarkdownDocument(metadata: metadata, body: body, sourcePath: seed.path)
    }

    package static func split(_ text: String, path: String) throws(DiagnosticError) -> (yaml: String, body: String) {
        // Line by line over UTF-8 ("\n" is always a character of its own): a cached article is
        // read on every rebuild, and splitting its whole body into lines was a cost of its own.
        let bytes = text.utf8
        func isFence(_ line: Substring.UTF8View) -> Bool {
            let trimmed = line.drop { $0 == UInt8(ascii: " ") }.reversed().drop { $0 == UInt8(ascii: " ") }
            return trimmed.elementsEqual("---".utf8)
        }
        func lineEnd(from start: String.Index) -> String.Index { bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex }
        let firstEnd = lineEnd(from: bytes.startIndex)
        guard isFence(text[..<firstEnd].utf8) else {
            throw DiagnosticError([.error(.markdown, at: SourceLocation(file: path, line: 1),
                "a Markdown seed must start with `---` and YAML front matter (did you forget the opening `---`?)")])
        }
        if firstEnd < bytes.endIndex {
            let yamlStart = bytes.index(after: firstEnd)
            var lineStart = yamlStart
            while true {
                let end = lineEnd(from: lineStart)
                if isFence(text[lineStart..<end].utf8) {
                    // The YAML is the lines between the fences, without the newline before the closing one.
                    let yaml = lineStart > yamlStart ? String(text[yamlStart..<bytes.index(before: lineStart)]) : ""
                    var bodyStart = end == bytes.endIndex ? end : bytes.index(after: end)
                    while bodyStart < bytes.endIndex, bytes[bodyStart] == UInt8(ascii: "\n") { bodyStart = bytes.index(after: bodyStart) }
                    return (yaml, String(text[bodyStart...]))
                }
                if end == bytes.endIndex { break }
                lineStart = bytes.index(after: end)
            }
        }
        throw DiagnosticError([.error(.markdown, at: SourceLocation(file: path, line: 1),
            "front matter opened with `---` on line 1 is never closed; add a line `---` after the last field")])
    }
}
