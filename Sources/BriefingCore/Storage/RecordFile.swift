/// A cache file holding a small record and, after it, a larger part most rebuilds never read (an
/// article's Markdown, a page's search tokens): the record's length (four bytes, little-endian),
/// the record, then the rest. One file rather than two: a clean build of a large archive creates
/// tens of thousands of cache files, and each costs the file system more than its bytes do.
package struct RecordFile {
    /// What the first read takes: most records are a few kilobytes; a longer one is read whole.
    static let headBytes = 16_384

    package let record: [UInt8]
    private let path: String
    private let read: [UInt8]
    private let size: Int
    private let recordEnd: Int

    package static func bytes(record: [UInt8], rest: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 + record.count + rest.count)
        withUnsafeBytes(of: UInt32(record.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += record
        bytes += rest
        return bytes
    }

    /// The file at `path` with its record read; nil when it cannot be read or is shorter than its
    /// record says.
    package init?(path: String) {
        guard var (bytes, size) = Disk.readFile(path, atMost: Self.headBytes), bytes.count >= 4 else { return nil }
        let recordEnd = 4 + Int(UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
        guard recordEnd <= size else { return nil }
        if recordEnd > bytes.count {
            guard let whole = Disk.readFile(path), whole.count >= recordEnd else { return nil }
            (bytes, size) = (whole, whole.count)
        }
        self.path = path
        self.read = bytes
        self.size = size
        self.recordEnd = recordEnd
        record = Array(bytes[4..<recordEnd])
    }

    /// What follows the record, read now if the first read did not take it all; nil if the file
    /// cannot be read or is no longer the size it was.
    package func rest() -> [UInt8]? {
        if read.count == size { return Array(read[recordEnd...]) }
        guard let whole = Disk.readFile(path), whole.count == size else { return nil }
        return Array(whole[recordEnd...])
    }
}
