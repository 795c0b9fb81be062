import Foundation
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Paths and shared values for tests: the repository root is found from this file's location.
enum TestSupport {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedsFolder: String { repositoryRoot.appendingPathComponent("seeds").path }
    static var templatesFolder: String { repositoryRoot.appendingPathComponent("templates").path }
    static var publicFolder: String { repositoryRoot.appendingPathComponent("public").path }
    static var goldenFolder: URL { repositoryRoot.appendingPathComponent("Tests/BriefingKitTests/Golden") }
    static var fixturesFolder: URL { repositoryRoot.appendingPathComponent("Tests/BriefingKitTests/Fixtures") }

    static let scripts: ScriptConverter = {
        do { return try ScriptConverter() } catch { fatalError("OpenCC is not installed: \(error)") }
    }()

    /// The real seeds, read the way a build reads them but with repository-relative paths.
    static func realSeeds() throws -> [Seed] {
        try SeedReader.read(folder: seedsFolder).map { seed in
            var seed = seed
            seed.path = "seeds/" + URL(fileURLWithPath: seed.path).lastPathComponent
            return seed
        }
    }

    static let realSeedIDs = ["000_5b3bdedfcf3bd529", "001_028ffaec0f3ec37e", "002_1e52bf826db42f76",
                              "003_beb807c6142ff2a5", "004_730b5a91600a779f"]

    static func realSeed(_ id: String) throws -> Seed {
        guard let seed = try realSeeds().first(where: { $0.id == id }) else { throw CocoaError(.fileNoSuchFile) }
        return seed
    }

    /// A raw-text seed made from inline lines; each line is followed by the blank line the extraction adds.
    static func rawSeed(_ lines: [String], id: String = "fixture") -> Seed {
        Seed(id: id, path: "seeds/\(id).txt", format: .rawText, text: lines.joined(separator: "\n\n") + "\n")
    }

    static func convert(_ seed: Seed) -> Conversion {
        ArticleConverter.convert(seed, detectScript: scripts.detectScript(of:))
    }
}
