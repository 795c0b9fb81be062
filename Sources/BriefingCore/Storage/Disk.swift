import Foundation

/// The few file operations the publisher makes thousands of times, each one or two system calls:
/// Foundation's versions add URL handling and copies to every file of the site.
package enum Disk {
    /// Makes a folder and any missing parents, one system call when the parent is there (most
    /// folders of a site sit in one made just before).
    package static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw POSIXError.current }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// One `open`/`write`/`close`.
    package static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError.current }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError.current
                }
                offset += written
            }
        }
    }

    /// A whole file's bytes, or nil when it cannot be read: `open`, `fstat` and `read` into the
    /// array, without Foundation's `Data` and the copy out of it.
    package static func readFile(_ path: String) -> [UInt8]? {
        readFile(path, atMost: .max)?.bytes
    }

    /// The first `limit` bytes of a file (all of a shorter one) and the file's whole size; nil
    /// when it cannot be read.
    static func readFile(_ path: String, atMost limit: Int) -> (bytes: [UInt8], size: Int)? {
        read(path) { size in (0, min(size, limit)) }.map { ($0.bytes, $0.size) }
    }

    /// The last `count` bytes of a file (all of a shorter one); nil when it cannot be read.
    package static func readLast(_ count: Int, of path: String) -> [UInt8]? {
        read(path) { size in (max(size - count, 0), min(size, count)) }?.bytes
    }

    /// The bytes of the part of a file that `part` picks from its size (an offset and a length
    /// within it), and the size: `open`, `fstat` and `pread` into the array.
    private static func read(_ path: String, _ part: (Int) -> (offset: Int, length: Int)) -> (bytes: [UInt8], size: Int)? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = max(Int(status.st_size), 0)
        let (offset, length) = part(size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
            while count < buffer.count {
                let got = pread(descriptor, buffer.baseAddress! + count, buffer.count - count, off_t(offset + count))
                if got < 0, errno == EINTR { continue }
                if got <= 0 {
                    failed = got < 0
                    break
                }
                count += got
            }
        }
        return failed ? nil : (bytes, size)
    }

    /// Removes the file or the whole folder at `path`, given as bytes (any name the file system
    /// holds, UTF-8 or not); a symbolic link is removed, not followed.
    package static func remove(_ path: [UInt8]) throws {
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        var status = stat()
        guard lstat(cPath, &status) == 0 else { throw POSIXError.current }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            if unlink(cPath) != 0 { throw POSIXError.current }
            return
        }
        guard let directory = opendir(cPath) else { throw POSIXError.current }
        var children: [[UInt8]] = []
        while let entry = readdir(directory) {
            let child = name(of: entry)
            if child != [UInt8(ascii: ".")] && child != [UInt8(ascii: "."), UInt8(ascii: ".")] {
                children.append(path + [UInt8(ascii: "/")] + child)
            }
        }
        closedir(directory)
        for child in children { try remove(child) }
        if rmdir(cPath) != 0 { throw POSIXError.current }
    }

    /// A folder entry's name as the file system holds it, UTF-8 or not.
    package static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
    }

    /// Whether `path` is a regular file holding exactly `bytes`.
    package static func holds(_ path: String, exactly bytes: [UInt8]) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        return readFile(path) == bytes
    }

    /// Whether `path` is a regular file that is `original` itself (the same inode on the same
    /// device, as a hard link is), not a copy or a symbolic link.
    package static func isSameFile(_ path: String, as original: String) -> Bool {
        var existing = stat()
        var source = stat()
        guard lstat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG, stat(original, &source) == 0 else { return false }
        return existing.st_dev == source.st_dev && existing.st_ino == source.st_ino
    }
}

extension POSIXError {
    /// The error `errno` names now.
    package static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
