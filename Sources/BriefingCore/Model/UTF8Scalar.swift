extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose encoding starts at `index` of valid UTF-8, and how many bytes it takes:
    /// for the loops that read text as bytes because it runs over every line of every seed.
    @inline(__always)
    package func utf8Scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(self[index])
        switch lead {
        case 0..<0x80: return (lead, 1)
        case 0..<0xE0: return ((lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F), 2)
        case 0..<0xF0: return ((lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6 | UInt32(self[index + 2] & 0x3F), 3)
        default:
            return ((lead & 0x07) << 18 | UInt32(self[index + 1] & 0x3F) << 12 | UInt32(self[index + 2] & 0x3F) << 6
                    | UInt32(self[index + 3] & 0x3F), 4)
        }
    }
}
