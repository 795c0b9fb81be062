import Foundation

/// A folder of the system's temporary folder that a test suite's instance works in, removed with
/// the instance. Swift Testing makes one instance per test, so each test gets its own folder and
/// a run leaves nothing behind.
final class ScratchFolder: Sendable {
    let url: URL

    init(_ purpose: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-\(purpose)-\(UUID().uuidString)")
    }

    /// A new, empty folder inside this one.
    func folder(_ name: String = UUID().uuidString) throws -> URL {
        let folder = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
