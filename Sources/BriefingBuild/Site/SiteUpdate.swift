import BriefingCore
import Foundation

/// One build's files as the publisher saw them, relative to the output folder: those written into
/// the staging folder, and those already in the output as the very file (same inode) the build
/// handed over. Applies them to the previous site in place, or says why it cannot.
struct SiteUpdate {
    var staged: Set<String> = []
    var kept: Set<String> = []

    /// Moves every staged file into `output` over what was there, deletes every file of `tree`
    /// this build did not produce and the folders that leaves empty, then removes the emptied
    /// staging folder. Returns why it cannot, having changed nothing, when a file would replace a
    /// folder or a folder is needed where a file is.
    func apply(from staging: String, to output: String, over tree: SiteTree) throws -> String? {
        let existing = Set(tree.folders)
        if let path = staged.first(where: existing.contains) { return "a folder is in the way of \(path)" }
        let needed = Self.folders(holding: staged.union(kept))
        let files = Set(tree.files)
        if let folder = needed.first(where: files.contains) { return "a file is in the way of the folder \(folder)" }

        let stagedFolders = Self.folders(holding: staged)
        // Parents first: a folder sorts after its parent.
        for folder in stagedFolders.subtracting(existing).sorted() where mkdir(output + "/" + folder, 0o755) != 0 {
            throw POSIXError.current
        }
        try Self.moveIn(Array(staged), from: staging, to: output)
        for stray in tree.strays { try Disk.remove(stray) }
        for path in tree.files where !staged.contains(path) && !kept.contains(path) {
            if unlink(output + "/" + path) != 0 && errno != ENOENT { throw POSIXError.current }
        }
        // Children first. Foundation's recursive removal took most of a second for the staging
        // folder's ten thousand folders.
        for folder in tree.folders.filter({ !needed.contains($0) }).sorted(by: >) where rmdir(output + "/" + folder) != 0 {
            throw POSIXError.current
        }
        for folder in stagedFolders.sorted(by: >) where rmdir(staging + "/" + folder) != 0 { throw POSIXError.current }
        if rmdir(staging) != 0 { throw POSIXError.current }
        return nil
    }

    /// Renames on all cores: ten thousand renames took 0.4 s one after another.
    private static func moveIn(_ paths: [String], from staging: String, to output: String) throws {
        let failures = Parallel.map(paths, runs: 8) { path -> Int32 in
            rename(staging + "/" + path, output + "/" + path) == 0 ? 0 : errno
        }
        if let failure = failures.first(where: { $0 != 0 }) { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    /// Links each kept file from `output` into `staging`, so that staging holds the whole new site.
    func completeStaging(_ staging: String, from output: String) throws {
        var made = Set(staged.compactMap(Self.folder(of:)))
        for path in kept {
            if let folder = Self.folder(of: path), made.insert(folder).inserted { try Disk.makeFolder(staging + "/" + folder) }
            if link(output + "/" + path, staging + "/" + path) != 0 { throw POSIXError.current }
        }
    }

    /// Every folder that holds one of `paths`, directly or further down.
    private static func folders(holding paths: Set<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            guard let folder = folder(of: path), !folders.contains(folder) else { continue }
            folders.formUnion(selfAndAncestors(folder))
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
