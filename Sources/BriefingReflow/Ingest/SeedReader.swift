import BriefingCore
import Foundation

/// Reads every seed in a folder: `NAME.txt` (raw text) or `NAME.md` (Markdown, which wins over a
/// `.txt` of the same name), each with an optional `NAME.yml` sidecar. `entities.yml` is the
/// gazetteer, not a sidecar. Files are returned sorted by name so builds are deterministic.
public enum SeedReader {
    static let reservedNames: Set<String> = ["entities"]

    public static func read(folder: String) throws(DiagnosticError) -> [Seed] {
        let result = try readAll(folder: folder)
        if !result.problems.isEmpty { throw DiagnosticError(result.problems) }
        return result.seeds
    }

    /// Every seed that could be read, and a problem for each that could not (for `--keep-going`).
    /// Only a missing or unreadable folder stops it.
    public static func readAll(folder: String) throws(DiagnosticError) -> (seeds: [Seed], problems: [Diagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: folder),
                "seeds folder not found or unreadable; pass --seeds DIR or create \(folder)/")])
        }
        var byStem: [String: [String: String]] = [:]
        for name in names where !name.hasPrefix(".") {
            let url = URL(fileURLWithPath: name)
            let ext = url.pathExtension.lowercased()
            guard ["txt", "md", "yml", "yaml"].contains(ext) else { continue }
            byStem[url.deletingPathExtension().lastPathComponent, default: [:]][ext == "yaml" ? "yml" : ext] = name
        }
        // Ten thousand seeds are a quarter of a gigabyte to read and decode: on all cores, in name order.
        let stems = byStem.keys.sorted().filter { !reservedNames.contains($0) }.map { ($0, byStem[$0]!) }
        let results = Parallel.map(stems, runs: 64) { stem, files in
            Result<Seed, DiagnosticError> { () throws(DiagnosticError) -> Seed in try seed(stem, files, in: folder) }
        }
        var seeds: [Seed] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let seed): seeds.append(seed)
            case .failure(let error): problems += error.diagnostics
            }
        }
        return (seeds, problems)
    }

    /// The seed of `stem` from its files (extension → name) in `folder`.
    private static func seed(_ stem: String, _ files: [String: String], in folder: String) throws(DiagnosticError) -> Seed {
        guard let main = files["md"] ?? files["txt"] else {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: "\(folder)/\(files["yml"]!)"),
                "sidecar has no seed; add \(stem).txt or \(stem).md beside it")])
        }
        let path = "\(folder)/\(main)"
        let text = try TextDecoder.decode(try bytes(at: path, limit: maximumBytes), path: path)
        var sidecar: Seed.Sidecar?
        if let yml = files["yml"] {
            let sidecarPath = "\(folder)/\(yml)"
            sidecar = Seed.Sidecar(path: sidecarPath, text: try TextDecoder.decode(try bytes(at: sidecarPath), path: sidecarPath))
        }
        return Seed(id: stem, path: path, format: files["md"] != nil ? .markdown : .rawText, text: text, sidecar: sidecar)
    }

    /// Seeds larger than this are refused: no briefing is that long, and a mistake should not stall CI.
    static let maximumBytes = 8 * 1024 * 1024

    /// Reads one seed file given on the command line, with its sidecar if one stands beside it.
    public static func read(file path: String) throws(DiagnosticError) -> Seed {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent().path
        let markdownPath = (path as NSString).deletingPathExtension + ".md"
        let chosen = url.pathExtension == "txt" && FileManager.default.fileExists(atPath: markdownPath) ? markdownPath : path
        let text = try TextDecoder.decode(try bytes(at: chosen), path: chosen)
        // As `readAll` finds it: NAME.yml or NAME.yaml.
        var sidecar: Seed.Sidecar?
        if let sidecarPath = ["yml", "yaml"].map({ "\(folder)/\(stem).\($0)" }).first(where: FileManager.default.fileExists(atPath:)) {
            sidecar = Seed.Sidecar(path: sidecarPath, text: try TextDecoder.decode(try bytes(at: sidecarPath), path: sidecarPath))
        }
        return Seed(id: stem, path: chosen, format: chosen.hasSuffix(".md") ? .markdown : .rawText, text: text, sidecar: sidecar)
    }

    package static func bytes(at path: String, limit: Int? = nil) throws(DiagnosticError) -> [UInt8] {
        if let limit, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: path),
                "file is \(size / 1_048_576) MiB; seeds larger than \(limit / 1_048_576) MiB are refused (is this really one article?)")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: path), "cannot read file")])
        }
        return [UInt8](data)
    }
}
