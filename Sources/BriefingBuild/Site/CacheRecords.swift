import BriefingCore

/// The cache's entries as byte records: a converted article's metadata and warnings, and a rendered
/// article's page list, page stamps, entity mentions and search analysis. A rebuild reads one of
/// each per unchanged article, so they are read without parsing YAML or text.
enum CacheRecords {
    typealias Damaged = ByteRecordReader.Damaged

    // MARK: Converted articles

    private static let documentMagic = "BDR3"

    /// The document without its body (kept beside it as Markdown, whose hash is `markdownHash`),
    /// and the conversion's warnings.
    static func document(_ loaded: DocumentLoader.Loaded, markdownHash: String) -> [UInt8] {
        var writer = ByteRecordWriter(magic: documentMagic)
        writer.text(markdownHash)
        writer.text(loaded.document.sourcePath)
        write(loaded.document.metadata, to: &writer)
        writer.number(loaded.warnings.count)
        for warning in loaded.warnings {
            writer.texts([warning.severity.rawValue, warning.stage.rawValue, warning.location.file, warning.message])
            writer.number(warning.location.line)
        }
        return writer.sealedBytes()
    }

    /// The document with an empty body, its warnings, and the hash of its stored Markdown.
    static func document(from bytes: [UInt8]) throws(Damaged) -> (document: MarkdownDocument, warnings: [Diagnostic], markdownHash: String) {
        var reader = try ByteRecordReader(bytes, magic: documentMagic, sealed: true)
        let markdownHash = try reader.text()
        let sourcePath = try reader.text()
        let metadata = try readMetadata(&reader)
        var warnings: [Diagnostic] = []
        for _ in 0..<(try reader.count()) {
            let fields = try reader.texts()
            let line = try reader.number()
            guard fields.count == 4, let severity = Diagnostic.Severity(rawValue: fields[0]),
                  let stage = Diagnostic.Stage(rawValue: fields[1]) else { throw Damaged() }
            warnings.append(Diagnostic(severity, stage, at: SourceLocation(file: fields[2], line: line), fields[3]))
        }
        try reader.finish()
        return (MarkdownDocument(metadata: metadata, body: "", sourcePath: sourcePath), warnings, markdownHash)
    }

    /// Every field of the metadata, in declaration order (a test checks none is left out).
    static func write(_ metadata: ArticleMetadata, to writer: inout ByteRecordWriter) {
        writer.text(metadata.title)
        writer.optionalText(metadata.subtitle)
        writer.text(metadata.slug)
        writer.text(metadata.script.rawValue)
        writer.number(metadata.authors.count)
        for author in metadata.authors {
            writer.text(author.name)
            writer.optionalText(author.affiliation)
        }
        for part in [metadata.source.publication, metadata.source.issue, metadata.source.publisher, metadata.source.url] {
            writer.optionalText(part)
        }
        writer.optionalText(metadata.date)
        writer.optionalText(metadata.abstract)
        writer.texts(metadata.keywords)
        writer.texts(metadata.tags)
        writer.optionalText(metadata.imageCaption)
        writer.optionalText(metadata.imageCredit)
        writer.optionalText(metadata.funding)
        writer.optionalText(metadata.english.title)
        writer.texts(metadata.english.authors)
        writer.optionalText(metadata.english.abstract)
        writer.texts(metadata.english.keywords)
    }

    static func readMetadata(_ reader: inout ByteRecordReader) throws(Damaged) -> ArticleMetadata {
        let title = try reader.text()
        let subtitle = try reader.optionalText()
        let slug = try reader.text()
        guard let script = Script(rawValue: try reader.text()) else { throw Damaged() }
        var authors: [Author] = []
        for _ in 0..<(try reader.count()) {
            authors.append(Author(name: try reader.text(), affiliation: try reader.optionalText()))
        }
        let source = Source(publication: try reader.optionalText(), issue: try reader.optionalText(),
                            publisher: try reader.optionalText(), url: try reader.optionalText())
        let date = try reader.optionalText()
        let abstract = try reader.optionalText()
        let keywords = try reader.texts()
        let tags = try reader.texts()
        let imageCaption = try reader.optionalText()
        let imageCredit = try reader.optionalText()
        let funding = try reader.optionalText()
        let english = EnglishMetadata(title: try reader.optionalText(), authors: try reader.texts(),
                                      abstract: try reader.optionalText(), keywords: try reader.texts())
        return ArticleMetadata(title: title, subtitle: subtitle, slug: slug, script: script, authors: authors, source: source,
                               date: date, abstract: abstract, keywords: keywords, tags: tags, imageCaption: imageCaption,
                               imageCredit: imageCredit, funding: funding, english: english)
    }

    // MARK: Rendered articles

    private static let pageMagic = "BPR2"

    struct Page {
        /// Each page's path in the site and the stamp of its stored copy.
        var files: [(path: String, stamp: FileStamp)]
        var mentions: [MentionSummary]
        /// The encoded search analysis; empty when there was none.
        var search: [UInt8]
    }

    static func page(_ page: Page) -> [UInt8] {
        var writer = ByteRecordWriter(magic: pageMagic)
        writer.number(page.files.count)
        for (path, stamp) in page.files {
            writer.text(path)
            write(stamp, to: &writer)
        }
        writer.number(page.mentions.count)
        for mention in page.mentions {
            writer.text(mention.entityID)
            writer.number(mention.count)
            writer.text(mention.surface)
            writer.texts(mention.contexts)
        }
        writer.blob(page.search)
        return writer.sealedBytes()
    }

    static func page(from bytes: [UInt8]) throws(Damaged) -> Page {
        var reader = try ByteRecordReader(bytes, magic: pageMagic, sealed: true)
        var files: [(path: String, stamp: FileStamp)] = []
        for _ in 0..<(try reader.count()) {
            files.append((try reader.text(), try readStamp(&reader)))
        }
        var mentions: [MentionSummary] = []
        for _ in 0..<(try reader.count()) {
            mentions.append(MentionSummary(entityID: try reader.text(), count: try reader.number(), surface: try reader.text(),
                                           contexts: try reader.texts()))
        }
        let search = try reader.blob()
        try reader.finish()
        return Page(files: files, mentions: mentions, search: search)
    }

    static func write(_ stamp: FileStamp, to writer: inout ByteRecordWriter) {
        for part in [stamp.size, stamp.seconds, stamp.nanoseconds] { writer.number(Int(part)) }
    }

    static func readStamp(_ reader: inout ByteRecordReader) throws(Damaged) -> FileStamp {
        FileStamp(size: Int64(try reader.number()), seconds: Int64(try reader.number()), nanoseconds: Int64(try reader.number()))
    }

    // MARK: Stamps of stored list pages

    private static let stampsMagic = "BLS2"

    /// Sorted by key, so the same stamps always give the same bytes.
    static func stamps(_ stamps: [String: FileStamp]) -> [UInt8] {
        var writer = ByteRecordWriter(magic: stampsMagic)
        writer.number(stamps.count)
        for key in stamps.keys.sorted() {
            let stamp = stamps[key]!
            writer.text(key)
            write(stamp, to: &writer)
        }
        return writer.sealedBytes()
    }

    static func stamps(from bytes: [UInt8]) throws(Damaged) -> [String: FileStamp] {
        var reader = try ByteRecordReader(bytes, magic: stampsMagic, sealed: true)
        var stamps: [String: FileStamp] = [:]
        for _ in 0..<(try reader.count()) {
            let key = try reader.text()
            stamps[key] = try readStamp(&reader)
        }
        try reader.finish()
        return stamps
    }
}
