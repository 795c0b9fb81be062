import CZlib

/// Raw DEFLATE (RFC 1951: no zlib or gzip wrapper, so no timestamp or OS byte). Browsers inflate
/// it with `DecompressionStream("deflate-raw")`; the same input, effort and zlib version always
/// give the same bytes, so rebuilds stay byte-identical.
enum Deflate {
    /// zlib's effort: `smallest` (level 9) for files every query starts from; `balanced` (level 6,
    /// zlib's default) for the result fragments, cached once made; `quick` (level 5) for the tail
    /// records, which all change when the archive grows. At 10,000 articles level 6 made the tails
    /// 0.2% larger than level 9 in half the time, and level 5 0.6% larger than level 6 in 70% of
    /// its time. Level 4 (1.6% larger, under half the time) pushed a query's later bytes past 30 KB.
    enum Effort: Int32 {
        case smallest = 9
        case balanced = 6
        case quick = 5
    }

    static func compress(_ input: [UInt8], effort: Effort = .smallest) -> [UInt8] {
        var stream = z_stream()
        let status = deflateInit2_(&stream, effort.rawValue, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY, zlibVersion(),
                                   Int32(MemoryLayout<z_stream>.size))
        // Only Z_MEM_ERROR is possible with these constant, valid parameters.
        precondition(status == Z_OK, "zlib could not start a deflate stream (\(status))")
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))))
        var input = input
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                let result = deflate(&stream, Z_FINISH)
                precondition(result == Z_STREAM_END, "deflateBound was too small (\(result))")
                return target.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}

extension Deflate {
    /// The inverse of `compress`, for tests and tools that read the index back; nil when the bytes
    /// are not a complete raw DEFLATE stream.
    static func decompress(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var input = input
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let (status, produced) = buffer.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.avail_out))
                }
                output += buffer[..<produced]
                if status == Z_STREAM_END { return output }
                if status != Z_OK { return nil }
            }
        }
    }
}
