import BriefingCore
import Foundation
import Yams

/// Reading front matter and sidecars: every field is checked, and a problem names the file and key.
extension FrontMatterCodec {
    /// Applies the fields present in `yaml` over `metadata`; fields not mentioned keep their value.
    public static func apply(_ yaml: String, to metadata: ArticleMetadata, path: String) throws(DiagnosticError) -> ArticleMetadata {
        let fields = try mapping(yaml, path: path)
        var result = metadata
        var problems: [Diagnostic] = []
        func fail(_ message: String) { problems.append(.error(.markdown, at: SourceLocation(file: path), message)) }
        for key in fields.keys.sorted() where !knownKeys.contains(key) {
            fail("unknown front-matter field `\(key)`; expected one of: \(knownKeys.joined(separator: ", "))")
        }
        func string(_ key: String) -> String?? {
            guard let value = fields[key] else { return nil }
            if value is NSNull { return .some(nil) }
            if let text = value as? String { return .some(text) }
            if let number = value as? Int { return .some(String(number)) }
            if let date = value as? Date { return .some(Self.dateText(date)) }
            fail("field `\(key)` must be text")
            return nil
        }
        func strings(_ key: String) -> [String]? {
            guard let value = fields[key] else { return nil }
            if let list = value as? [Any] {
                let texts = list.compactMap { $0 as? String }
                if texts.count == list.count { return texts }
            }
            fail("field `\(key)` must be a list of text")
            return nil
        }
        if let title = string("title") {
            if let title, !title.isEmpty { result.title = title } else { fail("field `title` must not be empty") }
        }
        if let subtitle = string("subtitle") { result.subtitle = subtitle }
        if let slug = string("slug") {
            if let slug, SlugRule.isSafe(slug) { result.slug = slug } else {
                fail("field `slug` must be lower-case letters, digits and hyphens, such as `trump-asia-alliances`")
            }
        }
        if let script = string("script") {
            if let script = script.flatMap(Script.init(rawValue:)) { result.script = script } else {
                fail("field `script` must be `Hant` or `Hans`")
            }
        }
        if let date = string("date") { result.date = date }
        if let abstract = string("abstract") { result.abstract = abstract }
        if let keywords = strings("keywords") { result.keywords = keywords }
        if let tags = strings("tags") { result.tags = tags }
        if let caption = string("image_caption") { result.imageCaption = caption }
        if let credit = string("image_credit") { result.imageCredit = credit }
        if let funding = string("funding") { result.funding = funding }
        if let value = fields["authors"] { result.authors = authors(value, fail: fail) }
        if let value = fields["source"] { result.source = source(value, base: result.source, fail: fail) }
        if let value = fields["english"] { result.english = english(value, fail: fail) }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return result
    }

    /// YAML reads `2025-02-10` as a timestamp; front matter keeps it as the text the user wrote.
    static func dateText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let full = formatter.string(from: date)
        return full.hasSuffix("T00:00:00Z") ? String(full.prefix(10)) : full
    }

    package static func mapping(_ yaml: String, path: String) throws(DiagnosticError) -> [String: Any] {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch {
            throw DiagnosticError([.error(.markdown, at: SourceLocation(file: path), "YAML does not parse: \(error)")])
        }
        if loaded == nil { return [:] }
        guard let fields = loaded as? [String: Any] else {
            throw DiagnosticError([.error(.markdown, at: SourceLocation(file: path),
                                          "front matter must be a mapping of `field: value` lines")])
        }
        return fields
    }

    private static func authors(_ value: Any, fail: (String) -> Void) -> [Author] {
        guard let list = value as? [Any] else {
            fail("field `authors` must be a list of `name:` (and optional `affiliation:`) entries")
            return []
        }
        return list.compactMap { entry in
            if let name = entry as? String { return Author(name: name) }
            if let fields = entry as? [String: Any], let name = fields["name"] as? String {
                return Author(name: name, affiliation: fields["affiliation"] as? String)
            }
            fail("each entry of `authors` needs a `name`")
            return nil
        }
    }

    private static func source(_ value: Any, base: Source, fail: (String) -> Void) -> Source {
        guard let fields = value as? [String: Any] else {
            fail("field `source` must be a mapping with publication, issue, publisher or url")
            return base
        }
        var source = base
        if let publication = fields["publication"] as? String { source.publication = publication }
        if let issue = fields["issue"] as? String { source.issue = issue }
        if let publisher = fields["publisher"] as? String { source.publisher = publisher }
        if let url = fields["url"] as? String {
            if URLPolicy.isAllowed(url) { source.url = url } else { fail("`source.url` must be an http(s) URL") }
        }
        return source
    }

    private static func english(_ value: Any, fail: (String) -> Void) -> EnglishMetadata {
        guard let fields = value as? [String: Any] else {
            fail("field `english` must be a mapping with title, authors, abstract or keywords")
            return EnglishMetadata()
        }
        return EnglishMetadata(
            title: fields["title"] as? String, authors: (fields["authors"] as? [Any])?.compactMap { $0 as? String } ?? [],
            abstract: fields["abstract"] as? String, keywords: (fields["keywords"] as? [Any])?.compactMap { $0 as? String } ?? [])
    }
}
