import Foundation

/// The files and folders under a folder, as paths relative to it ("a/b/index.html"). Anything that
/// is not a folder (a link, say) counts as a file. Read with `readdir`, which names each entry's
/// type, so no entry is `stat`ed unless the file system leaves the type out.
struct SiteTree: Sendable {
    var files: [String] = []
    var folders: [String] = []

    /// Reads the tree under `root`, its subtrees side by side on all cores: a site of ten thousand
    /// articles has more than twenty thousand folders to list.
    static func read(_ root: String) throws -> SiteTree {
        var tree = SiteTree()
        var frontier = [""]
        // Two levels listed first give enough subtrees (the articles' folders) to share out.
        for _ in 0..<2 {
            var next: [String] = []
            for folder in frontier {
                let listed = try listing(root, folder)
                tree.files += listed.files
                tree.folders += listed.folders
                next += listed.folders
            }
            frontier = next
        }
        let subtrees = Parallel.map(frontier, runs: 16) { folder in
            Result { () throws -> SiteTree in
                var subtree = SiteTree()
                try subtree.walk(root, folder)
                return subtree
            }
        }
        for subtree in subtrees {
            let subtree = try subtree.get()
            tree.files += subtree.files
            tree.folders += subtree.folders
        }
        return tree
    }

    /// Adds everything below `folder`, depth first.
    private mutating func walk(_ root: String, _ folder: String) throws {
        let listed = try Self.listing(root, folder)
        files += listed.files
        folders += listed.folders
        for child in listed.folders { try walk(root, child) }
    }

    /// The entries directly in `folder` (relative to `root`), split into files and folders.
    private static func listing(_ root: String, _ folder: String) throws -> SiteTree {
        let path = folder.isEmpty ? root : root + "/" + folder
        guard let directory = opendir(path) else { throw POSIXError.current }
        defer { closedir(directory) }
        var listed = SiteTree()
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw POSIXError.current }
                return listed
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let relative = folder.isEmpty ? name : folder + "/" + name
            if isFolder(entry.pointee.d_type, at: path + "/" + name) {
                listed.folders.append(relative)
            } else {
                listed.files.append(relative)
            }
        }
    }

    private static func isFolder(_ type: UInt8, at path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}

extension POSIXError {
    /// The error `errno` names now.
    static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
