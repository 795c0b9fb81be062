import Foundation

/// One build's files as the publisher saw them, relative to the output folder: those written into
/// the staging folder, and those already in the output as the very file (same inode) the build
/// handed over. Applies them to the previous site in place, or says why it cannot.
struct SiteUpdate {
    var staged: Set<String> = []
    var kept: Set<String> = []

    /// Why `staged` cannot be moved into `tree` in place, if it cannot: a file would replace a
    /// folder, or a folder is needed where a file is.
    func conflict(with tree: SiteTree) -> String? {
        let folders = Set(tree.folders)
        if let path = staged.first(where: folders.contains) { return "a folder is in the way of \(path)" }
        let files = Set(tree.files)
        if let folder = neededFolders().first(where: files.contains) { return "a file is in the way of the folder \(folder)" }
        return nil
    }

    /// Moves every staged file into `output` over what was there, then deletes every file of
    /// `tree` this build did not produce and the folders left empty. Call only without a conflict.
    func apply(from staging: String, to output: String, over tree: SiteTree) throws {
        let existing = Set(tree.folders)
        let needed = neededFolders()
        let missing = Set(staged.compactMap(Self.folder(of:)).flatMap(Self.selfAndAncestors)).subtracting(existing)
        // Parents first: a folder sorts after its parent.
        for folder in missing.sorted() where mkdir(output + "/" + folder, 0o755) != 0 { throw POSIXError.current }
        for path in staged where rename(staging + "/" + path, output + "/" + path) != 0 { throw POSIXError.current }
        for path in tree.files where !staged.contains(path) && !kept.contains(path) {
            if unlink(output + "/" + path) != 0 && errno != ENOENT { throw POSIXError.current }
        }
        // Children first.
        for folder in tree.folders.filter({ !needed.contains($0) }).sorted(by: >) where rmdir(output + "/" + folder) != 0 {
            throw POSIXError.current
        }
    }

    /// Links each kept file from `output` into `staging`, so that staging holds the whole new site.
    func completeStaging(_ staging: String, from output: String) throws {
        var made = Set(staged.compactMap(Self.folder(of:)))
        for path in kept {
            if let folder = Self.folder(of: path), made.insert(folder).inserted { try Disk.makeFolder(staging + "/" + folder) }
            if link(output + "/" + path, staging + "/" + path) != 0 { throw POSIXError.current }
        }
    }

    /// Every folder that holds a file of this build, directly or further down.
    private func neededFolders() -> Set<String> {
        var folders: Set<String> = []
        for path in staged.union(kept) {
            guard let folder = Self.folder(of: path), !folders.contains(folder) else { continue }
            folders.formUnion(Self.selfAndAncestors(folder))
        }
        return folders
    }

    private static func folder(of path: String) -> String? {
        path.lastIndex(of: "/").map { String(path[..<$0]) }
    }

    /// "a/b/c" → ["a/b/c", "a/b", "a"].
    private static func selfAndAncestors(_ folder: String) -> [String] {
        var result = [folder]
        var current = folder
        while let parent = self.folder(of: current) {
            result.append(parent)
            current = parent
        }
        return result
    }
}
