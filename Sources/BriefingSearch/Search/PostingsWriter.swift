/// Appends the binary records of the index: unsigned LEB128 varints and raw bytes. The browser
/// (`search-core.js`, `decodeShard` and `decodePostings`) reads them back in the same order.
struct PostingsWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// Goes on after records another writer wrote.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func varint(_ value: Int) {
        precondition(value >= 0, "varints are unsigned")
        varint(UInt64(value))
    }

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func append(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }

    mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// One token's shard entry: its UTF-8 name, its document frequency, its kept postings, and,
    /// when the document frequency says some were left out, where the rest lie in its tail file.
    mutating func entry(token: String, documentFrequency: Int, postings: [(document: Int, impact: UInt8)], tail: SlicedFiles.Slice?) {
        precondition((tail != nil) == (documentFrequency > postings.count), "a tail is written exactly when postings were left out")
        varint(token.utf8.count)
        append(token.utf8)
        varint(documentFrequency)
        self.postings(postings)
        if let tail {
            varint(tail.offset)
            varint(tail.length)
        }
    }

    /// Postings sorted by document: their count, the documents as gaps (the first gap is the
    /// document itself), then their impacts, one byte each. Gaps before impacts keeps similar
    /// bytes together, which DEFLATE rewards. A tail record is this alone.
    mutating func postings(_ postings: [(document: Int, impact: UInt8)]) {
        varint(postings.count)
        var previous = 0
        for posting in postings {
            varint(posting.document - previous)
            previous = posting.document
        }
        append(postings.map(\.impact))
    }
}
