import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// The build's identity, which every cache key hashes, changes with anything that can change
/// the output beyond the inputs: the OpenCC data, the loaded libraries, the executable.
struct BuildIdentityTests {
    let scratch = ScratchFolder("identity")

    @Test func theOpenCCDataFilesInUseAreTheConfigurationsAndTheDictionariesTheyName() {
        let files = OpenCCConverter.dataFiles(of: "s2twp.json")
        #expect(files.first?.hasSuffix("/s2twp.json") == true)
        for dictionary in ["STPhrases.ocd2", "STCharacters.ocd2", "TWPhrases.ocd2", "TWVariants.ocd2"] {
            #expect(files.contains { $0.hasSuffix("/" + dictionary) }, "\(dictionary)")
        }
        #expect(files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let all = TestSupport.scripts.dataFiles
        #expect(all.contains { $0.hasSuffix("/tw2sp.json") } && all.contains { $0.hasSuffix("/TSCharacters.ocd2") })
        #expect(OpenCCConverter.dataFiles(of: "no-such-configuration.json").isEmpty)
    }

    @Test func changingADictionaryFileChangesTheIdentity() throws {
        let folder = try scratch.folder()
        let dictionary = folder.appendingPathComponent("TWPhrases.ocd2")
        try Data("one".utf8).write(to: dictionary)
        let before = BuildIdentity.current(dataFiles: [dictionary.path])
        #expect(BuildIdentity.current(dataFiles: [dictionary.path]) == before)
        try Data("two".utf8).write(to: dictionary)
        #expect(BuildIdentity.current(dataFiles: [dictionary.path]) != before)
        try FileManager.default.removeItem(at: dictionary)
        #expect(BuildIdentity.current(dataFiles: [dictionary.path]) != before)
    }

    @Test func theLoadedLibrariesAreStampedAndAReplacedOneChangesTheIdentity() throws {
        let libraries = BuildIdentity.loadedLibraries()
        for name in ["libopencc", "libcmark-gfm", "libdeflate", "libxxhash"] {
            #expect(libraries.contains { ($0 as NSString).lastPathComponent.hasPrefix(name) }, "\(name) is not among \(libraries)")
        }
        // A package update replaces the file: a new inode and change time under the same path.
        let folder = try scratch.folder()
        let library = folder.appendingPathComponent("libexample.so.1").path
        try Data("version 1".utf8).write(to: URL(fileURLWithPath: library))
        func identity() -> String {
            var hash = ContentHash()
            BuildIdentity.add(libraries: [library], to: &hash)
            return hash.hex
        }
        let before = identity()
        #expect(identity() == before)
        let replacement = folder.appendingPathComponent("new").path
        try Data("version 2".utf8).write(to: URL(fileURLWithPath: replacement))
        #expect(rename(replacement, library) == 0)
        #expect(identity() != before)
    }

    /// A cache opened with another identity finds nothing the first one stored.
    @Test func aCacheWithAnotherIdentityReusesNothing() throws {
        let folder = try scratch.folder().path
        let seeds = try TestSupport.realSeeds()
        _ = try IncrementalBuildTests.build(seeds, cache: ArticleCache(folder: folder, codeIdentity: "one"))
        let same = try IncrementalBuildTests.build(seeds, cache: ArticleCache(folder: folder, codeIdentity: "one"))
        #expect(same.summary.reusedArticles == seeds.count)
        let other = try IncrementalBuildTests.build(seeds, cache: ArticleCache(folder: folder, codeIdentity: "two"))
        #expect(other.summary.reusedArticles == 0)
        // No page, article or list, is linked from an entry the first identity stored.
        let stored = Set(same.files.compactMap(\.original))
        #expect(!stored.isEmpty && other.files.compactMap(\.original).allSatisfy { !stored.contains($0) })
    }
}
