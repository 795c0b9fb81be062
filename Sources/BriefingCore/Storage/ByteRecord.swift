/// The one binary record format of the incremental-build cache and the search postings it keeps:
/// numbers (LEB128 varints), length-prefixed UTF-8 strings and byte blobs, and arrays of
/// little-endian 32-bit words, behind a magic tag, written and read back in the same order.
/// Reading ten thousand of them is a walk over bytes, not ten thousand parses. A record may end in
/// a seal (`sealedBytes()`): the `ContentHash` of all before it, which tells a whole, unchanged
/// record from a cut or damaged one when the fields alone cannot (a token buffer, a postings list).
package struct ByteRecordWriter {
    package private(set) var bytes: [UInt8]

    package init(magic: String) {
        bytes = Array(magic.utf8)
    }

    package mutating func number(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func text(_ value: String) {
        number(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    package mutating func optionalText(_ value: String?) {
        number(value == nil ? 0 : 1)
        if let value { text(value) }
    }

    package mutating func texts(_ values: [String]) {
        number(values.count)
        for value in values { text(value) }
    }

    package mutating func blob(_ value: some Collection<UInt8>) {
        number(value.count)
        bytes.append(contentsOf: value)
    }

    /// A count, then each word as four bytes, little-endian: read back in one copy.
    package mutating func words(_ values: some Collection<UInt32>) {
        number(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    package mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// The record followed by its seal, for `ByteRecordReader(_:magic:sealed: true)`.
    package consuming func sealedBytes() -> [UInt8] {
        var sealed = bytes
        sealed += ByteRecordSeal.of(sealed[...])
        return sealed
    }
}

/// The last bytes of a sealed record: the 16 bytes of the XXH3-128 hash of all before them.
package enum ByteRecordSeal {
    package static let length = 16

    static func of(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var hash = ContentHash()
        hash.add(bytes: bytes)
        return hash.bytes
    }

    /// Whether `bytes` end in the seal of all before them.
    static func holds(_ bytes: [UInt8]) -> Bool {
        let end = bytes.count - length
        return end >= 0 && of(bytes[..<end]).elementsEqual(bytes[end...])
    }
}

/// Reads what a `ByteRecordWriter` wrote; any shortfall or stray byte is `Damaged`, so a cut or
/// overwritten entry is never half-used.
package struct ByteRecordReader {
    package struct Damaged: Error {
        package init() {}
    }

    private let bytes: [UInt8]
    private var offset: Int
    /// Where the fields end: before the seal of a sealed record.
    private let end: Int

    /// `sealed`: the record must end in the seal of all before it (see `sealedBytes()`).
    package init(_ bytes: [UInt8], magic: String, sealed: Bool = false) throws(Damaged) {
        let tag = Array(magic.utf8)
        guard bytes.starts(with: tag), !sealed || ByteRecordSeal.holds(bytes) else { throw Damaged() }
        self.bytes = bytes
        offset = tag.count
        end = bytes.count - (sealed ? ByteRecordSeal.length : 0)
        guard offset <= end else { throw Damaged() }
    }

    var isAtEnd: Bool { offset == end }

    package mutating func number() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        throw Damaged()
    }

    /// A count or length: never negative, never beyond the bytes left.
    package mutating func count() throws(Damaged) -> Int {
        let value = try number()
        guard value >= 0, value <= end - offset else { throw Damaged() }
        return value
    }

    package mutating func text() throws(Damaged) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    package mutating func optionalText() throws(Damaged) -> String? {
        switch try number() {
        case 0: return nil
        case 1: return try text()
        default: throw Damaged()
        }
    }

    package mutating func texts() throws(Damaged) -> [String] {
        var values: [String] = []
        for _ in 0..<(try count()) { values.append(try text()) }
        return values
    }

    package mutating func blob() throws(Damaged) -> [UInt8] {
        let length = try count()
        defer { offset += length }
        return Array(bytes[offset..<(offset + length)])
    }

    package mutating func words() throws(Damaged) -> [UInt32] {
        let count = try number()
        guard count >= 0, count <= (end - offset) / 4 else { throw Damaged() }
        let start = offset
        offset += 4 * count
        return bytes.withUnsafeBytes { raw in
            (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self)) }
        }
    }

    /// Checks that nothing follows the last field read.
    package func finish() throws(Damaged) {
        guard isAtEnd else { throw Damaged() }
    }
}
