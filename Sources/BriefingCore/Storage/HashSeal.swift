/// The end of a cache file that tells a whole, unchanged file from a cut or damaged one: a byte
/// 32, then the 32 hex digits of the `ContentHash` of all the bytes before it. A
/// `ByteRecordReader` reads it as a text field.
package enum HashSeal {
    package static let length = 33

    package static func append(to bytes: inout [UInt8]) {
        let hash = hex(bytes[...])
        bytes.append(UInt8(hash.utf8.count))
        bytes += hash.utf8
    }

    /// Whether `bytes` end in the seal of all before it.
    package static func holds(_ bytes: [UInt8]) -> Bool {
        let end = bytes.count - length
        return end >= 0 && bytes[end] == UInt8(length - 1) && hex(bytes[..<end]).utf8.elementsEqual(bytes[(end + 1)...])
    }

    private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        var hash = ContentHash()
        hash.add(bytes: bytes)
        return hash.hex
    }
}
