import Foundation

/// The incremental-build cache: a content-addressed folder (by default `.briefing-cache/` beside
/// the output) holding each seed's converted document and each article's rendered pages and
/// entity mentions. A key hashes everything the result depends on — the seed and sidecar text,
/// the neighbours' titles, the templates, settings, gazetteer and base URL, and the build of
/// `briefing` itself — so an entry is either exactly right or not found; a warm build is
/// byte-identical to a clean one.
/// Entries no build used are removed by `prune()`.
public final class ArticleCache: @unchecked Sendable {
    let folder: URL
    let codeIdentity: String
    private let lock = NSLock()
    private var used: Set<String> = []

    public init(folder: String, codeIdentity: String) {
        self.folder = URL(fileURLWithPath: folder).appendingPathComponent("v1")
        self.codeIdentity = codeIdentity
    }

    // MARK: Documents

    func documentKey(_ seed: Seed) -> String {
        ContentHash.of([codeIdentity, "document", seed.path, seed.format.rawValue, seed.text,
                        seed.sidecar?.path ?? "", seed.sidecar?.text ?? ""])
    }

    func document(for seed: Seed) -> DocumentLoader.Loaded? {
        let key = documentKey(seed)
        let base = folder.appendingPathComponent("documents/\(key)")
        guard let markdown = read(base.appendingPathExtension("md")), let warnings = read(base.appendingPathExtension("warnings")),
              let document = try? MarkdownReader.document(from: Seed(id: seed.id, path: seed.path, format: .markdown, text: markdown),
                                                          defaults: ArticleMetadata(title: "", slug: "", script: .traditional))
        else { return nil }
        markUsed("documents/\(key).md", "documents/\(key).warnings")
        return DocumentLoader.Loaded(document: document, warnings: Self.decodeDiagnostics(warnings))
    }

    func store(_ loaded: DocumentLoader.Loaded, for seed: Seed) {
        let key = documentKey(seed)
        let base = folder.appendingPathComponent("documents/\(key)")
        write(MarkdownWriter.file(for: loaded.document), to: base.appendingPathExtension("md"))
        write(Self.encodeDiagnostics(loaded.warnings), to: base.appendingPathExtension("warnings"))
        markUsed("documents/\(key).md", "documents/\(key).warnings")
    }

    // MARK: Article pages

    /// The neighbours are part of the key: a new article changes the pages beside it, no others.
    func pageKey(_ document: MarkdownDocument, neighbours: ArticleNeighbours, context: SiteContext) -> String {
        ContentHash.of([codeIdentity, "page", context.identity, document.sourcePath, MarkdownWriter.file(for: document),
                        neighbours.cacheKey])
    }

    func page(for document: MarkdownDocument, neighbours: ArticleNeighbours, context: SiteContext) -> ArticlePage.Built? {
        let key = pageKey(document, neighbours: neighbours, context: context)
        let base = folder.appendingPathComponent("pages/\(key)")
        guard let names = read(base.appendingPathComponent("files")), let mentions = read(base.appendingPathComponent("mentions"))
        else { return nil }
        // The pages are not read: the publisher links them from here. Their size and change time
        // as stored must still hold, so a page edited in place through a link is never reused.
        guard let stamps = read(base.appendingPathComponent("stamps")).map(FileStamp.list) else { return nil }
        let paths = names.split(separator: "\n")
        guard stamps.count == paths.count else { return nil }
        var files: [OutputFile] = []
        for (index, (path, stamp)) in zip(paths, stamps).enumerated() {
            guard let file = Self.linked(String(path), to: base.appendingPathComponent("\(index)"), stamped: stamp) else { return nil }
            files.append(file)
        }
        markUsed("pages/\(key)")
        let search = FileManager.default.contents(atPath: base.appendingPathComponent("search").path)
            .flatMap { SearchIndexBuilder.Analysed(decoding: [UInt8]($0)) }
        return ArticlePage.Built(files: files, mentions: Self.decodeMentions(mentions), fromCache: true, search: search)
    }

    /// Stores the page and gives back its files as links to the stored copies, so the site is
    /// written once (into the cache) and linked into place; as they were if storing failed.
    @discardableResult
    func store(_ page: ArticlePage.Built, for document: MarkdownDocument, neighbours: ArticleNeighbours, context: SiteContext) -> [OutputFile] {
        let key = pageKey(document, neighbours: neighbours, context: context)
        let base = folder.appendingPathComponent("pages/\(key)")
        var stamps: [FileStamp] = []
        var linked: [OutputFile] = []
        for (index, file) in page.files.enumerated() {
            guard let (stamp, link) = keep(file, at: base.appendingPathComponent("\(index)")) else { return page.files }
            stamps.append(stamp)
            linked.append(link)
        }
        write(FileStamp.text(stamps), to: base.appendingPathComponent("stamps"))
        write(Self.encodeMentions(page.mentions), to: base.appendingPathComponent("mentions"))
        if let search = page.search { write(search.encoded(), to: base.appendingPathComponent("search")) }
        write(page.files.map(\.relativePath).joined(separator: "\n"), to: base.appendingPathComponent("files"))
        markUsed("pages/\(key)")
        return linked
    }

    // MARK: Archive pages

    /// An archive page (an entity's list of articles, say) made from the same `parts` before, as a
    /// link to the stored copy; nil when there is none, or it changed on disk. `parts` must name
    /// everything the page shows beyond the templates, settings and gazetteer (`context.identity`).
    func listPage(_ path: String, parts: [String], context: SiteContext) -> OutputFile? {
        let key = listKey(path, parts, context)
        let stored = folder.appendingPathComponent("lists/\(key)")
        guard let stamp = read(stored.appendingPathExtension("stamp")).flatMap({ FileStamp.list($0).first }),
              let file = Self.linked(path, to: stored, stamped: stamp) else { return nil }
        markUsed("lists/\(key)", "lists/\(key).stamp")
        return file
    }

    /// Stores an archive page and gives it back as a link to the stored copy (as it was if storing failed).
    func storeListPage(_ file: OutputFile, parts: [String], context: SiteContext) -> OutputFile {
        let key = listKey(file.relativePath, parts, context)
        let stored = folder.appendingPathComponent("lists/\(key)")
        guard let (stamp, link) = keep(file, at: stored) else { return file }
        write(FileStamp.text([stamp]), to: stored.appendingPathExtension("stamp"))
        markUsed("lists/\(key)", "lists/\(key).stamp")
        return link
    }

    /// Writes a page into the cache and gives its stamp and the page as a link to the stored copy;
    /// nil if it could not be stored.
    private func keep(_ file: OutputFile, at stored: URL) -> (FileStamp, OutputFile)? {
        write(file.contents, to: stored)
        guard let stamp = FileStamp(ofFile: stored.path) else { return nil }
        return (stamp, OutputFile(file.relativePath, sameAs: stored.path))
    }

    /// A stored page handed out as a link, if it still has the size and change time it was stored
    /// with: a page written to in place through a link is never reused.
    private static func linked(_ path: String, to stored: URL, stamped stamp: FileStamp) -> OutputFile? {
        FileStamp(ofFile: stored.path) == stamp ? OutputFile(path, sameAs: stored.path) : nil
    }

    private func listKey(_ path: String, _ parts: [String], _ context: SiteContext) -> String {
        ContentHash.of([codeIdentity, "list", context.identity, path] + parts)
    }

    /// Removes every entry the builds since this cache was opened did not use.
    public func prune() {
        for kind in ["documents", "pages", "lists"] {
            let directory = folder.appendingPathComponent(kind)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            where !used.contains("\(kind)/\(name)") {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }

    // MARK: Storage

    private func markUsed(_ names: String...) {
        lock.lock()
        used.formUnion(names)
        lock.unlock()
    }

    private func read(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func write(_ text: String, to url: URL) { write(Array(text.utf8), to: url) }

    /// Writes via a temporary name so a crash never leaves a half-written entry under a real key.
    private func write(_ bytes: [UInt8], to url: URL) {
        let directory = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)")
        guard (try? Data(bytes).write(to: temporary)) != nil else { return }
        _ = try? FileManager.default.removeItem(at: url)
        _ = try? FileManager.default.moveItem(at: temporary, to: url)
    }

    static func encodeMentions(_ mentions: [MentionSummary]) -> String {
        mentions.map { ([$0.entityID, String($0.count), $0.surface] + $0.contexts).map(escape).joined(separator: "\t") }
            .joined(separator: "\n")
    }

    /// Read on every rebuild for every cached article: split over UTF-8 (newline and tab are
    /// always characters of their own), not character by character.
    static func decodeMentions(_ text: String) -> [MentionSummary] {
        text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { unescape(String(Substring($0))) }
            guard fields.count >= 3, let count = Int(fields[1]) else { return nil }
            return MentionSummary(entityID: fields[0], count: count, surface: fields[2], contexts: Array(fields.dropFirst(3)))
        }
    }

    static func encodeDiagnostics(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { [$0.severity.rawValue, $0.stage.rawValue, $0.location.file, String($0.location.line), $0.message]
            .map(escape).joined(separator: "\t") }.joined(separator: "\n")
    }

    static func decodeDiagnostics(_ text: String) -> [Diagnostic] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String($0)) }
            guard fields.count == 5, let severity = Diagnostic.Severity(rawValue: fields[0]),
                  let stage = Diagnostic.Stage(rawValue: fields[1]), let number = Int(fields[3]) else { return nil }
            return Diagnostic(severity, stage, at: SourceLocation(file: fields[2], line: number), fields[4])
        }
    }

    /// Byte by byte: Foundation's replacing matched whole composed sequences, so a tab or newline
    /// followed by a combining mark stayed raw and split the field or line it was in.
    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func unescape(_ text: String) -> String {
        // Most fields hold no escape: no need to rebuild them.
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var escaping = false
        for byte in text.utf8 {
            if escaping {
                bytes.append(byte == UInt8(ascii: "t") ? UInt8(ascii: "\t") : byte == UInt8(ascii: "n") ? UInt8(ascii: "\n") : byte)
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
