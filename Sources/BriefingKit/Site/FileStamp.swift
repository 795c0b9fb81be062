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
}
