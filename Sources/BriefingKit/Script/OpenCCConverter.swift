import COpenCC
import Foundation

/// A loaded OpenCC configuration (`s2twp.json`, `tw2sp.json`, `t2s.json`, …) that converts whole texts.
///
/// OpenCC converts phrase by phrase, so callers pass whole paragraphs, never single characters.
/// The handle is closed in `deinit`. One loaded converter serves all threads: OpenCC's converter
/// is immutable once loaded, which its maintainer confirms and its unit tests exercise, so a
/// parallel build shares it without a lock.
public final class OpenCCConverter: @unchecked Sendable {
    public let configuration: String
    private let handle: opencc_t

    public init(configuration: String) throws(DiagnosticError) {
        let opened = opencc_open(configuration)
        guard let opened, opened != UnsafeMutableRawPointer(bitPattern: -1) else {
            let reason = opencc_error().map { String(cString: $0) } ?? "unknown error"
            throw DiagnosticError([.error(.script, at: SourceLocation(file: configuration),
                "OpenCC could not load configuration \(configuration): \(reason) (is libopencc installed?)")])
        }
        self.configuration = configuration
        handle = opened
    }

    deinit {
        opencc_close(handle)
    }

    public func convert(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        let utf8 = Array(text.utf8)
        guard let converted = utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { opencc_convert_utf8(handle, $0.baseAddress, $0.count) }
        }) else {
            return text
        }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }
}
