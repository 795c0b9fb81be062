import BriefingCore
import BriefingReflow
import Foundation

/// Reads a built site back as files, for `briefing check`.
public enum SiteReader {
    public static func read(folder: String) throws(DiagnosticError) -> [OutputFile] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DiagnosticError([.error(.site, at: SourceLocation(file: folder), "site folder not found; build it first with `briefing build`")])
        }
        var files: [OutputFile] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            files.append(OutputFile(relative, contents: try SeedReader.bytes(at: url.path)))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}
