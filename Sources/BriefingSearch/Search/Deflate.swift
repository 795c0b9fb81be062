import CLibdeflate
import CZlib
import Foundation
import Synchronization

/// Raw DEFLATE (RFC 1951: no zlib or gzip wrapper, so no timestamp or OS byte). Browsers inflate
/// it with `DecompressionStream("deflate-raw")`; the same input, effort and libdeflate version
/// always give the same bytes, so rebuilds stay byte-identical.
///
/// Compressed with libdeflate, which compresses whole buffers (all the index's records are):
/// on the 63 MB of tail records of a 10,000-article archive, at level 6 it took half the time
/// of zlib at level 5 and its output was 1.2% smaller. Read back with zlib (`decompress`).
enum Deflate {
    /// libdeflate's effort: `smallest` (its level 12) for the files every query starts from;
    /// `balanced` (level 6) for the tens of megabytes of records a query reads a few of: the tail
    /// records all change when the archive grows, so a rebuild after one new seed compresses
    /// them all again.
    enum Effort: Int32 {
        case smallest = 12
        case balanced = 6
    }

    static func compress(_ input: [UInt8], effort: Effort = .smallest) -> [UInt8] {
        let compressor = compressors.take(effort.rawValue)
        defer { compressors.giveBack(compressor, effort.rawValue) }
        let bound = libdeflate_deflate_compress_bound(compressor, input.count)
        return [UInt8](unsafeUninitializedCapacity: bound) { output, count in
            count = input.withUnsafeBytes { source in
                // A valid address even for no input (an empty array may have none).
                withUnsafeBytes(of: 0) { empty in
                    libdeflate_deflate_compress(compressor, source.baseAddress ?? empty.baseAddress, source.count, output.baseAddress, bound)
                }
            }
            // The bound always fits; 0 would mean it did not.
            precondition(count > 0, "libdeflate's bound was too small")
        }
    }

    private static let compressors = Compressors()

    /// Compressors made so far, idle, by level: one holds a few hundred kilobytes of tables, too
    /// costly to make again for each of ten thousand records; any thread may take one.
    private final class Compressors: Sendable {
        /// Kept as addresses: a pointer is not `Sendable`, and an idle compressor belongs to no thread.
        private let idle = Mutex<[Int32: [UInt]]>([:])

        func take(_ level: Int32) -> OpaquePointer {
            if let address = idle.withLock({ $0[level]?.popLast() }), let compressor = OpaquePointer(bitPattern: address) {
                return compressor
            }
            guard let compressor = libdeflate_alloc_compressor(level) else {
                preconditionFailure("libdeflate could not make a compressor of level \(level) (out of memory)")
            }
            return compressor
        }

        func giveBack(_ compressor: OpaquePointer, _ level: Int32) {
            let address = UInt(bitPattern: Int(bitPattern: compressor))
            idle.withLock { $0[level, default: []].append(address) }
        }
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
