import BriefingCore

/// Files the browser reads a slice at a time: every record is compressed on its own (raw DEFLATE)
/// and the records are laid end to end, so one record is one HTTP Range request — and from a host
/// that ignores Range, the whole file, which the browser then cuts itself.
struct SlicedFiles {
    /// Where a record lies in its file, in compressed bytes.
    struct Slice: Equatable {
        var offset: Int
        var length: Int
    }

    private(set) var contents: [[UInt8]]

    init(count: Int) {
        contents = Array(repeating: [], count: count)
    }

    /// Appends an already compressed record to file `file` and tells where it lies.
    mutating func append(_ compressed: [UInt8], toFile file: Int) -> Slice {
        let slice = Slice(offset: contents[file].count, length: compressed.count)
        contents[file] += compressed
        return slice
    }

    /// Every record compressed on its own, on all cores (this is most of the cost of the sliced
    /// files, so never with the best effort).
    static func compressed(_ records: [[UInt8]]) -> [[UInt8]] {
        Parallel.map(records, compressed)
    }

    /// One record compressed as a slice of these files is.
    static func compressed(_ record: [UInt8]) -> [UInt8] {
        Deflate.compress(record, effort: .balanced)
    }

    func files(folder: String) -> [OutputFile] {
        contents.enumerated().map { OutputFile("search/\(folder)/\($0.offset).bin", contents: $0.element) }
    }
}
