import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct ArticleCacheCodingTests {
    static let mentions = [
        MentionSummary(entityID: "donald-trump", count: 3, surface: "川普", contexts: ["美國總統川普說，", "a\\tb\\\\c\nd", ""]),
        MentionSummary(entityID: "marco-rubio", count: 1, surface: "盧比歐", contexts: []),
        MentionSummary(entityID: "x", count: 12, surface: "\u{301}é", contexts: ["\t\u{301}開頭", "結尾\n\u{301}"]),
    ]

    static let metadata = ArticleMetadata(
        title: "川普關稅\t與\n台灣", subtitle: "副標", slug: "a-b", script: .simplified,
        authors: [Author(name: "王小明", affiliation: "某大學"), Author(name: "李四")],
        source: Source(publication: "期刊", issue: "第3期", publisher: nil, url: "https://example.org/a"),
        date: "2025-02-10", abstract: "摘要", keywords: ["關稅", ""], tags: ["經濟"], imageCaption: "圖",
        imageCredit: "攝影", funding: nil,
        english: EnglishMetadata(title: "Tariffs", authors: ["Wang"], abstract: nil, keywords: ["trade"]))

    @Test func aPageRecordGivesBackItsFilesMentionsAndAnalysisWhateverTheyHold() throws {
        let stamp = FileStamp(size: 1234, seconds: 1_700_000_000, nanoseconds: 999_999_999)
        let page = CacheRecords.Page(files: [("articles/a/index.html", stamp), ("articles/a/x.json", FileStamp(size: 0, seconds: 0, nanoseconds: 0))],
                                     mentions: Self.mentions, search: [1, 2, 3, 0xFF])
        let decoded = try CacheRecords.page(from: CacheRecords.page(page))
        #expect(decoded.files.map { $0.path } == page.files.map { $0.path })
        #expect(decoded.files.map { $0.stamp } == page.files.map { $0.stamp })
        #expect(decoded.mentions == Self.mentions)
        #expect(decoded.search == page.search)
    }

    @Test func aDocumentRecordGivesBackEveryMetadataFieldAndTheWarnings() throws {
        let warnings = [Diagnostic(.warning, .reflow, at: SourceLocation(file: "seeds/a.txt", line: 12), "mark\t\u{301} kept \\ as text\n\u{301}")]
        let loaded = DocumentLoader.Loaded(document: MarkdownDocument(metadata: Self.metadata, body: "正文", sourcePath: "seeds/a.txt"),
                                           warnings: warnings)
        let decoded = try CacheRecords.document(from: CacheRecords.document(loaded, markdownHash: "h"))
        #expect(decoded.document.metadata == Self.metadata)
        #expect(decoded.document.sourcePath == "seeds/a.txt")
        #expect(decoded.markdownHash == "h")
        #expect(decoded.document.body.isEmpty, "the body is kept beside the record, as Markdown")
        #expect(decoded.warnings.map(\.message) == warnings.map(\.message))
        #expect(decoded.warnings.map(\.location) == warnings.map(\.location))
    }

    /// The record lists the metadata's fields one by one: a field added to the model must be added
    /// to the record too, or a cached article would lose it.
    @Test func theDocumentRecordKnowsEveryMetadataField() {
        #expect(Mirror(reflecting: Self.metadata).children.count == 14)
        #expect(Mirror(reflecting: Self.metadata.source).children.count == 4)
        #expect(Mirror(reflecting: Self.metadata.english).children.count == 4)
        #expect(Mirror(reflecting: Self.metadata.authors[0]).children.count == 2)
    }

    @Test func aCutOrLengthenedRecordIsRefusedNotHalfRead() {
        let bytes = CacheRecords.page(CacheRecords.Page(files: [("a/index.html", FileStamp(size: 1, seconds: 2, nanoseconds: 3))],
                                                        mentions: Self.mentions, search: []))
        for end in [0, 3, 4, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ByteRecordReader.Damaged.self) { try CacheRecords.page(from: Array(bytes[..<end])) }
        }
        #expect(throws: ByteRecordReader.Damaged.self) { try CacheRecords.page(from: bytes + [0]) }
        var otherKind = bytes
        otherKind[0] = UInt8(ascii: "X")
        #expect(throws: ByteRecordReader.Damaged.self) { try CacheRecords.page(from: otherKind) }
    }

    @Test func listPageStampsRoundTripInKeyOrder() throws {
        let stamps = ["b": FileStamp(size: 35_000, seconds: 1_700_000_000, nanoseconds: 5), "a": FileStamp(size: 0, seconds: 0, nanoseconds: 0)]
        let bytes = CacheRecords.stamps(stamps)
        #expect(try CacheRecords.stamps(from: bytes) == stamps)
        #expect(bytes == CacheRecords.stamps(Dictionary(uniqueKeysWithValues: stamps.reversed())), "the same stamps give the same bytes")
        #expect(throws: ByteRecordReader.Damaged.self) { try CacheRecords.stamps(from: Array(bytes.dropLast())) }
    }

    @Test func numbersOfAnySizeAndSignRoundTrip() throws {
        let values = [0, 1, 127, 128, 300, Int(Int32.max), Int.max, -1, Int.min]
        var writer = ByteRecordWriter(magic: "T")
        for value in values { writer.number(value) }
        var reader = try ByteRecordReader(writer.bytes, magic: "T")
        for value in values { #expect(try reader.number() == value) }
        try reader.finish()
    }

    @Test func aLengthBeyondTheBytesLeftIsRefused() throws {
        var writer = ByteRecordWriter(magic: "T")
        writer.number(1_000_000)
        var reader = try ByteRecordReader(writer.bytes + [0x41], magic: "T")
        #expect(throws: ByteRecordReader.Damaged.self) { try reader.text() }
    }

    @Test func wordsRoundTripAndASealedRecordRefusesAnyChangedByte() throws {
        var writer = ByteRecordWriter(magic: "T")
        writer.text("標題")
        writer.words([0, 1, UInt32.max, 0x1234_5678])
        let bytes = writer.sealedBytes()
        var reader = try ByteRecordReader(bytes, magic: "T", sealed: true)
        #expect(try reader.text() == "標題")
        #expect(try reader.words() == [0, 1, UInt32.max, 0x1234_5678])
        try reader.finish()
        for position in bytes.indices.dropFirst() {
            var damaged = bytes
            damaged[position] ^= 0x20
            #expect(throws: ByteRecordReader.Damaged.self) { _ = try ByteRecordReader(damaged, magic: "T", sealed: true) }
        }
        #expect(throws: ByteRecordReader.Damaged.self) { _ = try ByteRecordReader(Array(bytes.dropLast()), magic: "T", sealed: true) }
        // Unsealed, the seal's bytes are left over after the last field.
        var unsealed = try ByteRecordReader(bytes, magic: "T")
        _ = try unsealed.text()
        _ = try unsealed.words()
        #expect(throws: ByteRecordReader.Damaged.self) { try unsealed.finish() }
    }
}
