import Foundation

/// A file's size and last change time (to the nanosecond), as the cache records them for a page it
/// hands out by link: a page written to in place, through any of its links, no longer matches.
struct FileStamp: Equatable {
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64

    init?(ofFile path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int64(status.st_size)
        seconds = Int64(status.st_mtim.tv_sec)
        nanoseconds = Int64(status.st_mtim.tv_nsec)
    }

    init(size: Int64, seconds: Int64, nanoseconds: Int64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// One stamp per line: `size seconds nanoseconds`.
    static func text(_ stamps: [FileStamp]) -> String {
        stamps.map { "\($0.size) \($0.seconds) \($0.nanoseconds)" }.joined(separator: "\n")
    }

    /// The stamps of `text`; an empty list when any line is not a stamp (the entry is then not reused).
    static func list(_ text: String) -> [FileStamp] {
        var stamps: [FileStamp] = []
        for line in text.split(separator: "\n") {
            let numbers = line.split(separator: " ").compactMap { Int64($0) }
            guard numbers.count == 3 else { return [] }
            stamps.append(FileStamp(size: numbers[0], seconds: numbers[1], nanoseconds: numbers[2]))
        }
        return stamps
    }
}
