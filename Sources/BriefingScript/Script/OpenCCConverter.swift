import BriefingCore
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

    /// The text converted, with the stretches OpenCC cannot change copied around it instead
    /// (`UnconvertibleStretches`): the same bytes as converting it whole.
    public func convert(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard UnconvertibleStretches.mayChange(bytes) else { return text }
            let stretches = UnconvertibleStretches.find(in: bytes)
            var converted: [UInt8] = []
            converted.reserveCapacity(bytes.count + bytes.count / 8)
            var start = 0
            for stretch in stretches {
                append(UnsafeBufferPointer(rebasing: bytes[start..<stretch.lowerBound]), to: &converted)
                converted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[stretch]))
                start = stretch.upperBound
            }
            append(UnsafeBufferPointer(rebasing: bytes[start...]), to: &converted)
            return String(decoding: converted, as: UTF8.self)
        }
    }

    /// Appends one piece converted, or as it is when OpenCC cannot change it or fails.
    private func append(_ piece: UnsafeBufferPointer<UInt8>, to converted: inout [UInt8]) {
        guard UnconvertibleStretches.mayChange(piece), let base = piece.baseAddress,
              let result = base.withMemoryRebound(to: CChar.self, capacity: piece.count, {
                  opencc_convert_utf8(handle, $0, piece.count)
              })
        else {
            converted.append(contentsOf: piece)
            return
        }
        defer { opencc_convert_utf8_free(result) }
        let count = strlen(result)
        result.withMemoryRebound(to: UInt8.self, capacity: count) {
            converted.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
        }
    }
}

extension OpenCCConverter {
    /// Where OpenCC looks for a configuration named without a folder: Debian installs its data
    /// under /usr/share/opencc, a build from source under /usr/local/share/opencc.
    static let dataFolders = ["/usr/share/opencc", "/usr/local/share/opencc"]

    /// The files a configuration loads: the configuration itself and every dictionary it names
    /// (`"file": …` anywhere in it, resolved beside the configuration as OpenCC does). A build's
    /// identity hashes them, so new dictionaries never leave old conversions in the cache.
    public static func dataFiles(of configuration: String) -> [String] {
        let candidates = configuration.contains("/") ? [configuration] : dataFolders.map { $0 + "/" + configuration }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
              let data = FileManager.default.contents(atPath: path),
              let json = try? JSONSerialization.jsonObject(with: data)
        else { return [] }
        let folder = (path as NSString).deletingLastPathComponent
        var named: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let file = object["file"] as? String { named.insert(file.hasPrefix("/") ? file : folder + "/" + file) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(json)
        return [path] + named.sorted()
    }
}
