import BriefingBuild
import BriefingCore
import BriefingScript
import Foundation
import Synchronization

/// The site being served and its build number; browsers long-poll `wait` to learn of a new build
/// or of a failed one (the last good site stays served).
actor LiveSite {
    let basePath: String
    private(set) var site: ServedSite
    private var version = 0
    private var error: String?

    init(basePath: String) {
        self.basePath = basePath
        site = ServedSite(files: [], basePath: basePath)
    }

    func publish(_ outcome: SiteRebuilder.Outcome) {
        switch outcome {
        case .built(let files):
            site = ServedSite(files: files, basePath: basePath)
            error = nil
        case .failed(let message):
            error = message
        }
        version += 1
    }

    /// Answers when the version differs from `known` (or at once when `known` is nil), else after `timeout`.
    func wait(changingFrom known: Int?, timeout: Double) async -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while let known, known == version, Date() < deadline {
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        let message = error.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\"" } ?? "null"
        return "{\"version\":\(version),\"error\":\(message)}"
    }
}

/// Rebuilds the site in memory from the watched folders, reporting to the terminal: the same
/// reading and building as `briefing build` (`SiteInputs`, `SiteBuilder.build`), with one cache
/// kept across rebuilds, so the served site is byte for byte what `build` would publish.
struct SiteRebuilder: Sendable {
    enum Outcome: Sendable {
        case built([OutputFile])
        case failed(String)
    }

    let seeds: String
    let templates: String
    /// The command line's base URL; nil reads `base_url` from site.yml at every rebuild.
    let baseURL: String?
    let scripts: ScriptConverter
    let cache: ArticleCache

    func build() -> Outcome {
        let started = Date()
        do throws(DiagnosticError) {
            var files: [OutputFile] = []
            let inputs = try SiteInputs.read(seeds: seeds, templates: templates, baseURL: baseURL)
            let summary = try SiteBuilder.build(consume inputs, scripts: scripts, cache: cache) { files.append($0) }
            Terminal.report(summary.warnings)
            Terminal.say("rebuilt \(summary.articleCount) articles (\(summary.reusedArticles) from cache), \(summary.pageCount) pages in "
                  + String(format: "%.2f s", Date().timeIntervalSince(started)))
            return .built(files)
        } catch {
            Terminal.report(error.diagnostics)
            Terminal.say("build failed; still serving the last good site")
            return .failed(error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }
}

/// Notices changes in folders by polling names, sizes and modification times: portable, and
/// cheap for folders of a few thousand files.
final class FolderWatcher: Sendable {
    private let folders: [String]
    private let snapshot: Mutex<[String: String]>

    init(folders: [String]) {
        self.folders = folders
        snapshot = Mutex(Self.take(folders))
    }

    func changed() -> Bool {
        let now = Self.take(folders)
        return snapshot.withLock { snapshot in
            defer { snapshot = now }
            return now != snapshot
        }
    }

    private static func take(_ folders: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = "\(folder)/\(name)"
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(attributes?[.size] ?? 0)|\(modified)"
            }
        }
        return result
    }
}
