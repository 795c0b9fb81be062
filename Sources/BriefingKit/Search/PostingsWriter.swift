/// Appends the binary records of the index: unsigned LEB128 varints and raw bytes. The browser
/// (`search-core.js`, `decodeShard`) reads them back in the same order.
struct PostingsWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ value: Int) {
        precondition(value >= 0, "varints are unsigned")
        var value = UInt(value)
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func append(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }

    /// One token's entry: its UTF-8 name, its document frequency, then the kept postings sorted by
    /// document as gaps (the first gap is the document itself), then their impacts, one byte each.
    /// Gaps before impacts keeps similar bytes together, which DEFLATE rewards.
    mutating func entry(token: String, documentFrequency: Int, postings: [(document: Int, impact: UInt8)]) {
        varint(token.utf8.count)
        append(token.utf8)
        varint(documentFrequency)
        varint(postings.count)
        var previous = 0
        for posting in postings {
            varint(posting.document - previous)
            previous = posting.document
        }
        append(postings.map(\.impact))
    }
}
