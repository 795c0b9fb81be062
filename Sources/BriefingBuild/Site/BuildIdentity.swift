import BriefingCore
import CCmarkGFM
import CLibdeflate
import Foundation

/// What identifies the code and data a build runs with, beyond its inputs: every cache key hashes
/// it, so after any of them changes no stored entry is found and the warm build equals a clean one.
/// - the running executable's bytes (`briefing` and the Swift packages linked into it);
/// - every shared library the process has loaded (OpenCC, cmark-gfm, libdeflate, zlib, libxxhash,
///   the Swift runtime, libc, …), by path, size, change time and inode: a package update replaces
///   the file, so each changes; the stamps are read rather than the bytes (about 100 MB);
/// - the bytes of the OpenCC configurations and dictionaries the script converter reads;
/// - the libraries' own version strings, where they have one.
public struct BuildIdentity: Sendable, Equatable {
    public let hex: String

    public init(hex: String) { self.hex = hex }

    /// The identity of this process with the given OpenCC data files (`ScriptConverter.dataFiles`).
    public static func current(dataFiles: [String]) -> BuildIdentity {
        var hash = ContentHash()
        hash.add("executable")
        if let bytes = Disk.readFile("/proc/self/exe") ?? Disk.readFile(CommandLine.arguments[0]) { hash.add(bytes: bytes) }
        add(libraries: loadedLibraries(), to: &hash)
        add(dataFiles: dataFiles, to: &hash)
        hash.add("versions")
        for version in [String(cString: cmark_version_string()), LIBDEFLATE_VERSION_STRING, ContentHash.libraryVersion] { hash.add(version) }
        return BuildIdentity(hex: hash.hex)
    }

    /// The shared objects mapped into this process, from `/proc/self/maps` (empty where there is none).
    static func loadedLibraries() -> [String] {
        // Read to the end: the file reports a size of zero.
        guard let data = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile() else { return [] }
        let maps = String(decoding: data, as: UTF8.self)
        var paths: Set<String> = []
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            if path.contains(".so") { paths.insert(path) }
        }
        return paths.sorted()
    }

    static func add(libraries: [String], to hash: inout ContentHash) {
        hash.add("libraries")
        for path in libraries {
            hash.add(path)
            var status = stat()
            guard stat(path, &status) == 0 else { hash.add("missing"); continue }
            for number in [Int(status.st_size), Int(status.st_ino), Int(status.st_ctim.tv_sec), Int(status.st_ctim.tv_nsec)] {
                hash.add(String(number))
            }
        }
    }

    static func add(dataFiles: [String], to hash: inout ContentHash) {
        hash.add("data")
        for path in dataFiles {
            hash.add(path)
            if let bytes = Disk.readFile(path) { hash.add(bytes: bytes) } else { hash.add("missing") }
            hash.add("")
        }
    }
}
