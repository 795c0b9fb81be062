/// A flat record of numbers (LEB128 varints) and length-prefixed UTF-8 strings behind a magic tag,
/// written and read back in the same order. The incremental-build cache keeps its entries this way:
/// reading ten thousand of them is a walk over bytes, not ten thousand parses.
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

    package mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }
}

/// Reads what a `ByteRecordWriter` wrote; any shortfall or stray byte is `Damaged`, so a cut or
/// overwritten entry is never half-used.
package struct ByteRecordReader {
    package struct Damaged: Error {
        package init() {}
    }

    private let bytes: [UInt8]
    private var offset: Int

    package init(_ bytes: [UInt8], magic: String) throws(Damaged) {
        let tag = Array(magic.utf8)
        guard bytes.starts(with: tag) else { throw Damaged() }
        self.bytes = bytes
        offset = tag.count
    }

    var isAtEnd: Bool { offset == bytes.count }

    package mutating func number() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
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
        guard value >= 0, value <= bytes.count - offset else { throw Damaged() }
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

    /// Checks that nothing follows the last field read.
    package func finish() throws(Damaged) {
        guard isAtEnd else { throw Damaged() }
    }
}
