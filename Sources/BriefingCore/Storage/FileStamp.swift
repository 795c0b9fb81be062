import Foundation

/// A file's size and last change time (to the nanosecond), as the cache records them for a page it
/// hands out by link: a page written to in place, through any of its links, no longer matches.
package struct FileStamp: Equatable {
    package var size: Int64
    package var seconds: Int64
    package var nanoseconds: Int64

    package init?(ofFile path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int64(status.st_size)
        seconds = Int64(status.st_mtim.tv_sec)
        nanoseconds = Int64(status.st_mtim.tv_nsec)
    }

    package init(size: Int64, seconds: Int64, nanoseconds: Int64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }
}
