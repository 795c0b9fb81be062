import BriefingCore
import BriefingReflow
import BriefingSearch
import Foundation
import Synchronization

/// The incremental-build cache: a content-addressed folder (by default `.briefing-cache/` beside
/// the output) holding each seed's converted document and each article's rendered pages and
/// entity mentions, and the archive's list pages. A key hashes everything the result depends on —
/// the seed and sidecar text, the neighbours or the page's listing (through `Encodable`), the
/// templates the page uses, settings, gazetteer and base URL, and the build's identity
/// (`BuildIdentity`: executable, loaded libraries, OpenCC data) — so an entry is either exactly
/// right or not found; a warm build is byte-identical to a clean one.
/// Entries the last build did not use are removed by `prune()`.
public final class ArticleCache: Sendable {
    let folder: URL
    let codeIdentity: String
    /// `folder` as a path: a rebuild looks up every article's entries, and building each path
    /// through `URL` was a visible share of that.
    private let root: String
    /// What one build has used and stored; the build's parallel workers share it.
    private let session = Mutex(Session())

    private struct Session {
        /// The entries handed out or stored: what `prune()` keeps.
        var used: Set<String> = []
        /// The list pages' stamps as earlier builds stored them, once read.
        var listStamps: [String: FileStamp]?
        var usedListStamps: [String: FileStamp] = [:]
    }
    private static let listStampsName = "lists.stamps"

    /// The folder of this layout of entries; others beside it are from older builds and pruned.
    static let layout = "v2"

    public init(folder: String, codeIdentity: String) {
        self.folder = URL(fileURLWithPath: folder).appendingPathComponent(Self.layout)
        root = self.folder.path
        self.codeIdentity = codeIdentity
    }

    /// Starts a build: what the cache hands out and stores from now on is what `prune()` keeps,
    /// and the list pages' stamps are read again (another build may have stored some since). A
    /// cache outlives its builds in `serve`, so nothing of one build may leak into the next.
    func beginBuild() {
        session.withLock { $0 = Session() }
    }

    // MARK: Documents

    func documentKey(_ seed: Seed) -> String {
        ContentHash.of([codeIdentity, "document", seed.path, seed.format.rawValue, seed.text,
                        seed.sidecar?.path ?? "", seed.sidecar?.text ?? ""])
    }

    /// The seed's converted document as stored, without its body: most rebuilds render nothing
    /// of an unchanged article, and `fullDocument` reads the body when one must be.
    func document(for seed: Seed) -> DocumentLoader.Loaded? {
        let key = documentKey(seed)
        let entry = Self.entry("documents", key)
        // The body follows the record and is not read here: if it is damaged when needed, the seed is converted again.
        guard let file = RecordFile(path: root + "/" + entry), let (document, warnings, markdownHash) = try? CacheRecords.document(from: file.record)
        else { return nil }
        markUsed(entry)
        return DocumentLoader.Loaded(document: document, warnings: warnings, cacheKey: key, deferredBodyHash: markdownHash)
    }

    /// The whole stored document of `loaded` (its body included); nil if the entry is gone or is
    /// not the Markdown its metadata record was stored with (cut short by a crash, say).
    func fullDocument(_ loaded: DocumentLoader.Loaded) -> MarkdownDocument? {
        guard let key = loaded.cacheKey, let body = RecordFile(path: root + "/" + Self.entry("documents", key))?.rest(),
              case let markdown = String(decoding: body, as: UTF8.self),
              ContentHash.of([markdown]) == loaded.deferredBodyHash,
              let document = try? MarkdownReader.document(
                  from: Seed(id: "", path: loaded.document.sourcePath, format: .markdown, text: markdown),
                  defaults: ArticleMetadata(title: "", slug: "", script: .traditional)),
              document.metadata == loaded.document.metadata
        else { return nil }
        return document
    }

    /// Stores the document and gives it back with its key, which its pages are stored under.
    func store(_ loaded: DocumentLoader.Loaded, for seed: Seed) -> DocumentLoader.Loaded {
        let key = documentKey(seed)
        let entry = Self.entry("documents", key)
        let markdown = MarkdownWriter.file(for: loaded.document)
        write(RecordFile.bytes(record: CacheRecords.document(loaded, markdownHash: ContentHash.of([markdown])), rest: Array(markdown.utf8)),
              to: folder.appendingPathComponent(entry))
        markUsed(entry)
        var stored = loaded
        stored.cacheKey = key
        return stored
    }

    // MARK: Article pages

    /// The document's key stands for the document (it hashes all the seed it is made from); the
    /// neighbours are part of the key: a new article changes the pages beside it, no others.
    func pageKey(document key: String, neighbours: ArticleNeighbours, context: SiteContext) -> String {
        var hash = ContentHash()
        for part in [codeIdentity, "page", context.identity(forTemplate: "article"), key] { hash.add(part) }
        hash.add(encodable: neighbours)
        return hash.hex
    }

    /// The stored page, with its search analysis; the analysis's tokens are read only if
    /// `needsTokens` (the search snapshot lacks the postings of its `analysisIdentity`, see
    /// `CarriedPostings`).
    func page(document key: String, neighbours: ArticleNeighbours, context: SiteContext,
              needsTokens: Bool = true) -> ArticlePage.Built? {
        let pageKey = pageKey(document: key, neighbours: neighbours, context: context)
        let name = Self.entry("pages", pageKey)
        let base = root + "/" + name
        // The search tokens follow the record, and most rebuilds need not read them (see `CarriedPostings`).
        guard let file = RecordFile(path: base + ".entry"), let entry = try? CacheRecords.page(from: file.record) else { return nil }
        var search = SearchIndexBuilder.Analysed(decoding: entry.search)
        if let analysed = search, needsTokens {
            guard let tokens = file.rest(), let whole = analysed.withWeights(decoding: tokens) else { return nil }
            search = whole
        }
        // The pages are not read: the publisher links them from here. Their size and change time
        // as stored must still hold, so a page edited in place through a link is never reused.
        var files: [OutputFile] = []
        for (index, (path, stamp)) in entry.files.enumerated() {
            guard let file = Self.linked(path, to: "\(base).\(index)", stamped: stamp) else { return nil }
            files.append(file)
        }
        markUsed(Self.pageFileNames(name, pages: files.count))
        return ArticlePage.Built(files: files, mentions: entry.mentions, fromCache: true, search: search)
    }

    /// Stores the page and gives back its files as links to the stored copies, so the site is
    /// written once (into the cache) and linked into place; as they were if storing failed.
    @discardableResult
    func store(_ page: ArticlePage.Built, document key: String, neighbours: ArticleNeighbours, context: SiteContext) -> [OutputFile] {
        let pageKey = pageKey(document: key, neighbours: neighbours, context: context)
        let name = Self.entry("pages", pageKey)
        let base = root + "/" + name
        var files: [(path: String, stamp: FileStamp)] = []
        var linked: [OutputFile] = []
        for (index, file) in page.files.enumerated() {
            guard let (stamp, link) = keep(file, at: URL(fileURLWithPath: "\(base).\(index)")) else { return page.files }
            files.append((file.relativePath, stamp))
            linked.append(link)
        }
        let record = CacheRecords.page(CacheRecords.Page(files: files, mentions: page.mentions, search: page.search?.encoded() ?? []))
        write(RecordFile.bytes(record: record, rest: page.search?.encodedWeights() ?? []), to: URL(fileURLWithPath: base + ".entry"))
        markUsed(Self.pageFileNames(name, pages: files.count))
        return linked
    }

    /// A page entry's files: `KEY.entry` and its pages `KEY.0`, `KEY.1`, … side by side in the key's
    /// group folder (a folder per entry was ten thousand more folders to create in a clean build).
    private static func pageFileNames(_ name: String, pages: Int) -> [String] {
        [name + ".entry"] + (0..<pages).map { "\(name).\($0)" }
    }

    // MARK: Search snapshot

    /// What names an article's search analysis for the index's snapshot: the analysis depends on
    /// the converted document (`key`), the gazetteer and settings, and the build of `briefing`,
    /// not on its neighbours or the templates.
    func analysisIdentity(document key: String, context: SiteContext) -> String {
        ContentHash.of([codeIdentity, "analysis", context.identities.content, key])
    }

    private static let searchSnapshotName = "search.snapshot"
    private static let snapshotMagic = "BSS1"

    /// The search index's snapshot the last build left, if a build of this identity wrote it:
    /// a `RecordFile` whose record names the build and whose rest is the snapshot's bytes.
    func searchSnapshot() -> CarriedPostings? {
        guard let file = RecordFile(path: root + "/" + Self.searchSnapshotName),
              var reader = try? ByteRecordReader(file.record, magic: Self.snapshotMagic),
              (try? reader.text()) == codeIdentity, (try? reader.finish()) != nil, let bytes = file.rest() else { return nil }
        return CarriedPostings(decoding: bytes)
    }

    /// Keeps this build's search snapshot for the next build.
    func keepSearchSnapshot(_ snapshot: [UInt8]) {
        var writer = ByteRecordWriter(magic: Self.snapshotMagic)
        writer.text(codeIdentity)
        let url = folder.appendingPathComponent(Self.searchSnapshotName)
        // A snapshot ends in its seal, a hash of all it holds: a rebuild that changed nothing, by
        // the same build, need not write it again.
        let seal = ByteRecordSeal.length
        if snapshot.count >= seal, Disk.readLast(seal, of: url.path)?.elementsEqual(snapshot.suffix(seal)) == true,
           RecordFile(path: url.path)?.record == writer.bytes {
            return
        }
        write(RecordFile.bytes(record: writer.bytes, rest: snapshot), to: url)
    }

    // MARK: Archive pages

    /// The archive page at `path`, made by `make` from `listing` and the site context alone,
    /// with `template`: with a cache, linked from a copy stored under the same key, or else made
    /// and stored; without one, made. The key hashes the listing's encoding (every field, see
    /// `ContentHash.add(encodable:)`) with the template and those it uses, the settings,
    /// gazetteer and base URL (`context.identity(forTemplate:)`), so whatever can reach the page
    /// is in its key.
    static func listPage<Listing: Encodable>(_ path: String, template: String, listing: Listing, cache: ArticleCache?,
                                             context: SiteContext, make: (Listing, SiteContext) throws(DiagnosticError) -> OutputFile)
        throws(DiagnosticError) -> OutputFile {
        guard let cache else { return try make(listing, context) }
        var key = ContentHash()
        for part in [cache.codeIdentity, "list", context.identity(forTemplate: template), path, String(reflecting: Listing.self)] {
            key.add(part)
        }
        key.add(encodable: listing)
        if let stored = cache.storedListPage(path, key: key) { return stored }
        return cache.storeListPage(try make(listing, context), key: key)
    }

    /// The archive page at `path` stored with `key`, as a link to the stored copy; nil when there
    /// is none, or it changed on disk.
    private func storedListPage(_ path: String, key hash: ContentHash) -> OutputFile? {
        let key = hash.hex
        let stored = root + "/" + Self.entry("lists", key)
        guard let stamp = storedListStamps()[key], let file = Self.linked(path, to: stored, stamped: stamp) else { return nil }
        keepListStamp(stamp, for: key)
        return file
    }

    /// Stores an archive page and gives it back as a link to the stored copy (as it was if storing failed).
    private func storeListPage(_ file: OutputFile, key hash: ContentHash) -> OutputFile {
        let key = hash.hex
        guard let (stamp, link) = keep(file, at: folder.appendingPathComponent(Self.entry("lists", key))) else { return file }
        keepListStamp(stamp, for: key)
        return link
    }

    /// The stamps of the list pages stored by earlier builds: one record for all of them (an
    /// archive has thousands of entity pages), read the first time a list page is asked for.
    private func storedListStamps() -> [String: FileStamp] {
        session.withLock { session in
            if let listStamps = session.listStamps { return listStamps }
            let stamps = readBytes(folder.appendingPathComponent(Self.listStampsName)).flatMap { try? CacheRecords.stamps(from: $0) } ?? [:]
            session.listStamps = stamps
            return stamps
        }
    }

    private func keepListStamp(_ stamp: FileStamp, for key: String) {
        session.withLock { session in
            session.usedListStamps[key] = stamp
            session.used.insert(Self.entry("lists", key))
        }
    }

    /// Writes the stamps of the list pages this cache handed out or stored, for the next build.
    func saveListStamps() {
        let stamps = session.withLock { $0.usedListStamps }
        write(CacheRecords.stamps(stamps), to: folder.appendingPathComponent(Self.listStampsName))
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
    private static func linked(_ path: String, to stored: String, stamped stamp: FileStamp) -> OutputFile? {
        FileStamp(ofFile: stored) == stamp ? OutputFile(path, sameAs: stored) : nil
    }

    /// Where an entry of `kind` is kept: under a folder named by its key's first two digits, so no
    /// folder holds more than a few hundred entries (parallel writers creating and renaming files
    /// in one huge folder wait on each other's lock).
    static func entry(_ kind: String, _ key: String) -> String {
        "\(kind)/\(key.prefix(2))/\(key)"
    }

    /// Removes every entry the last build did not use.
    func prune() {
        let used = session.withLock { $0.used }
        let files = FileManager.default
        let root = folder.deletingLastPathComponent()
        // Only folders named like a layout: the cache folder may be one the user shares with other things.
        for name in (try? files.contentsOfDirectory(atPath: root.path)) ?? []
        where name != Self.layout && name.count > 1 && name.first == "v" && name.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            try? files.removeItem(at: root.appendingPathComponent(name))
        }
        for kind in ["documents", "pages", "lists"] {
            let directory = folder.appendingPathComponent(kind)
            for group in (try? files.contentsOfDirectory(atPath: directory.path)) ?? [] {
                let groupFolder = directory.appendingPathComponent(group)
                for name in (try? files.contentsOfDirectory(atPath: groupFolder.path)) ?? []
                where !used.contains("\(kind)/\(group)/\(name)") {
                    try? files.removeItem(at: groupFolder.appendingPathComponent(name))
                }
            }
        }
    }

    // MARK: Storage

    private func markUsed(_ names: String...) {
        markUsed(names)
    }

    private func markUsed(_ names: [String]) {
        session.withLock { $0.used.formUnion(names) }
    }

    private func readBytes(_ url: URL) -> [UInt8]? {
        Disk.readFile(url.path)
    }

    private func write(_ text: String, to url: URL) { write(Array(text.utf8), to: url) }

    /// Writes via a temporary name so a running build never sees a half-written entry under a
    /// real key; the rename replaces an older entry in one step. There is no `fsync` (Foundation's
    /// `Data.write` made one per entry, tens of thousands a build): an entry a power cut leaves
    /// short or empty is not trusted anyway, as records carry their format and checked lengths,
    /// documents must agree with their metadata record, and pages their size stamp.
    private func write(_ bytes: [UInt8], to url: URL) {
        let directory = url.deletingLastPathComponent().path
        if mkdir(directory, 0o755) != 0, errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = "\(directory)/.\(url.lastPathComponent).\(UUID().uuidString)"
        guard (try? Disk.writeFile(bytes, to: temporary)) != nil else {
            unlink(temporary)
            return
        }
        if rename(temporary, url.path) != 0 { unlink(temporary) }
    }
}
