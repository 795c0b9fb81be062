/// One token's postings in increasing document order, each with an unsigned value, packed as
/// LEB128 varints: the gap from the previous document (the first gap is the document itself),
/// then the value. A posting of a common token in a small value takes two bytes instead of the
/// eight (plus spare capacity) of a struct in an array, which is most of an archive's index
/// memory while the archive is read.
struct PostingList: Sequence, Sendable {
    private var writer = PostingsWriter()
    private(set) var count = 0
    private var last: UInt32 = 0

    var bytes: [UInt8] { writer.bytes }
    var isEmpty: Bool { count == 0 }

    init() {}

    /// A list as `bytes`, `count` and `last` of another gave them (see `CarriedPostings`).
    init(bytes: [UInt8], count: Int, last: UInt32) {
        writer = PostingsWriter(bytes: bytes)
        self.count = count
        self.last = last
    }

    /// The document of the last posting (0 for an empty list).
    var lastDocument: UInt32 { last }

    /// Appends a posting; documents must come in strictly increasing order.
    mutating func append(document: UInt32, value: UInt64) {
        precondition(count == 0 || document > last, "postings are appended in increasing document order")
        writer.varint(UInt64(document - last))
        writer.varint(value)
        last = document
        count += 1
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    var underestimatedCount: Int { count }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var offset = 0
        var document: UInt32 = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> (document: UInt32, value: UInt64)? {
            guard offset < bytes.count else { return nil }
            document += UInt32(PostingList.varint(in: bytes, at: &offset))
            return (document, PostingList.varint(in: bytes, at: &offset))
        }
    }

    /// The LEB128 varint at `offset`, leaving `offset` just after it.
    @inline(__always)
    static func varint<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at offset: inout Int) -> UInt64 where Bytes.Index == Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            guard byte >= 0x80 else { return value }
            shift += 7
        }
    }
}
