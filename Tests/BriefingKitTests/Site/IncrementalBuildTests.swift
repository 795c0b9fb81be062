import Foundation
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// A build that reuses the cache gives exactly the files of a clean build, and reuses every
/// article whose inputs did not change.
struct IncrementalBuildTests {
    static func build(_ seeds: [Seed], cache: ArticleCache?, pageSize: Int? = nil) throws -> (files: [OutputFile], summary: SiteBuilder.Summary) {
        var files: [OutputFile] = []
        var templates = try TemplateSet.read(folder: TestSupport.templatesFolder)
        if let pageSize {
            templates.settingsYAML = templates.settingsYAML.replacingOccurrences(of: "page_size: 50", with: "page_size: \(pageSize)")
        }
        let summary = try SiteBuilder.build(seeds: seeds, templates: templates,
                                            scripts: TestSupport.scripts, gazetteer: Gazetteer.read(folder: TestSupport.seedsFolder),
                                            cache: cache) { files.append($0) }
        return (files.sorted { $0.relativePath < $1.relativePath }, summary)
    }

    let scratch = ScratchFolder("incremental")

    func temporaryCache() -> ArticleCache {
        ArticleCache(folder: scratch.url.appendingPathComponent("cache-\(UUID().uuidString)").path,
                     codeIdentity: "test")
    }

    @Test func warmBuildAfterEditingAndAddingASeedEqualsACleanBuild() throws {
        var seeds = try TestSupport.realSeeds()
        let cache = temporaryCache()
        let cold = try Self.build(seeds, cache: cache)
        #expect(cold.summary.reusedArticles == 0)
        let warm = try Self.build(seeds, cache: cache)
        #expect(warm.summary.reusedArticles == seeds.count)
        #expect(warm.files == cold.files)
        // Entity pages are linked from cache entries; with nothing changed, the same entries.
        func original(_ path: String, _ files: [OutputFile]) -> String? { files.first { $0.relativePath == path }?.original }
        let entityPages = warm.files.filter { $0.relativePath.hasPrefix("entities/") && $0.relativePath != "entities/index.html" }
        #expect(!entityPages.isEmpty && entityPages.allSatisfy { $0.original != nil && $0.original == original($0.relativePath, cold.files) })

        seeds[1].text = seeds[1].text.replacingOccurrences(of: "石破茂與川普的關鍵會談", with: "石破茂與川普的重要會談")
        seeds.append(Seed(id: "zz-new", path: "seeds/zz-new.md", format: .markdown,
                          text: "---\ntitle: 新的簡報\n---\n\n盧比歐與石破茂會談。\n"))
        let edited = try Self.build(seeds, cache: cache)
        let clean = try Self.build(seeds, cache: nil)
        // The edited seed, the new one, and the one before it, whose next article is now the new one.
        #expect(edited.summary.reusedArticles == seeds.count - 3)
        // Rubio's page lists the new article, so it is a new cache entry; pages of entities neither
        // changed article names are the same entries as before.
        let rubio = "entities/marco-rubio/index.html"
        #expect(original(rubio, edited.files) != nil && original(rubio, edited.files) != original(rubio, warm.files))
        #expect(entityPages.contains { original($0.relativePath, edited.files) == $0.original })
        // Author, tag and source pages list what they listed before (the new seed has none of
        // them), so they are the same entries; the home page lists the new article.
        let termPages = warm.files.filter { file in ["authors/", "tags/", "sources/"].contains { file.relativePath.hasPrefix($0) } }
        #expect(!termPages.isEmpty && termPages.allSatisfy { $0.original != nil && original($0.relativePath, edited.files) == $0.original })
        #expect(original("index.html", warm.files) == original("index.html", cold.files))
        #expect(original("index.html", edited.files) != nil && original("index.html", edited.files) != original("index.html", warm.files))
        #expect(edited.files.map(\.relativePath) == clean.files.map(\.relativePath))
        for (left, right) in zip(edited.files, clean.files) where left != right {
            Issue.record("\(left.relativePath) differs between the incremental and the clean build")
        }
    }

    /// A rebuild takes unchanged articles' search postings from those the last build left, so it
    /// needs none of their stored tokens; without those postings it reads the tokens, and without
    /// either it renders the article again. Each way the site is the clean build's.
    @Test func unchangedArticlesAreIndexedFromTheCarriedPostings() throws {
        var seeds = try TestSupport.realSeeds()
        let folder = scratch.url.appendingPathComponent("cache-carried").path
        let cache = { ArticleCache(folder: folder, codeIdentity: "test") }
        _ = try Self.build(seeds, cache: cache())
        let files = FileManager.default
        let postings = folder + "/\(ArticleCache.layout)/search.snapshot"
        #expect(files.fileExists(atPath: postings))
        // A rebuild that changed nothing leaves them as they are, not written again.
        func inode() throws -> Int { try #require(try files.attributesOfItem(atPath: postings)[.systemFileNumber] as? Int) }
        let before = try inode()
        _ = try Self.build(seeds, cache: cache())
        #expect(try inode() == before)
        // Cuts the tokens off the end of every page entry.
        func removeStoredTokens() throws -> Int {
            let entries = try #require(files.enumerator(atPath: folder)).compactMap { $0 as? String }.filter { $0.hasSuffix(".entry") }
            var cut = 0
            for path in entries {
                let file = try #require(RecordFile(path: folder + "/" + path))
                guard try #require(file.rest()).count > 0 else { continue }
                try Disk.writeFile(RecordFile.bytes(record: file.record, rest: []), to: folder + "/" + path)
                cut += 1
            }
            return cut
        }

        // Postings gone: the unchanged articles' stored tokens are read instead.
        try files.removeItem(atPath: postings)
        seeds.append(Seed(id: "zz-new", path: "seeds/zz-new.md", format: .markdown, text: "---\ntitle: 新的簡報\n---\n\n盧比歐與石破茂會談。\n"))
        let clean = try Self.build(seeds, cache: nil)
        let fromTokens = try Self.build(seeds, cache: cache())
        // All but the new article and the one before it (its next article changed).
        #expect(fromTokens.summary.reusedArticles == seeds.count - 2)
        #expect(fromTokens.files == clean.files)

        // Tokens gone (the older entry of the article before the new one's too): the postings that
        // build left hold every article's.
        #expect(try removeStoredTokens() == seeds.count + 1)
        let carried = try Self.build(seeds, cache: cache())
        #expect(carried.summary.reusedArticles == seeds.count)
        #expect(carried.files == clean.files)

        // Neither: every article is rendered again.
        try files.removeItem(atPath: postings)
        let neither = try Self.build(seeds, cache: cache())
        #expect(neither.summary.reusedArticles == 0)
        #expect(neither.files == clean.files)
    }

    /// An article added at the end of the archive's order (an undated seed named after the others)
    /// changes the first page of each list it joins (its count or total) and the page it lands on;
    /// the pages between list what they listed before and are the same cache entries.
    @Test func anArticleAddedAtTheEndChangesTheFirstAndLastPagesOfItsListsOnly() throws {
        func seed(_ number: Int) -> Seed {
            Seed(id: "s\(number)", path: "seeds/s\(number).md", format: .markdown,
                 text: "---\ntitle: 文章\(number)\ntags: [關稅]\n---\n\n川普與石破茂會談，第\(number)次。\n")
        }
        let cache = temporaryCache()
        let before = try Self.build((0..<5).map(seed), cache: cache, pageSize: 2)
        let seeds = (0..<6).map(seed)
        let after = try Self.build(seeds, cache: cache, pageSize: 2)
        func original(_ path: String, _ files: [OutputFile]) -> String? { files.first { $0.relativePath == path }?.original }
        for list in ["", "tags/關稅/", "entities/donald-trump/", "entities/shigeru-ishiba/"] {
            let (first, middle, last) = (list + "index.html", list + "page/2/index.html", list + "page/3/index.html")
            #expect(original(middle, after.files) != nil && original(middle, after.files) == original(middle, before.files), "\(middle)")
            for changed in [first, last] {
                #expect(original(changed, after.files) != original(changed, before.files), "\(changed)")
            }
        }
        let clean = try Self.build(seeds, cache: nil, pageSize: 2)
        #expect(after.files.map(\.relativePath) == clean.files.map(\.relativePath))
        for (left, right) in zip(after.files, clean.files) where left != right {
            Issue.record("\(left.relativePath) differs between the incremental and the clean build")
        }
    }

    @Test func retitlingAnArticleRebuildsItAndItsTwoNeighboursOnly() throws {
        var seeds = try TestSupport.realSeeds()
        let cache = temporaryCache()
        _ = try Self.build(seeds, cache: cache)
        seeds[2].sidecar = Seed.Sidecar(path: "seeds/\(seeds[2].id).yml", text: "title: 新的標題\n")
        let edited = try Self.build(seeds, cache: cache)
        #expect(edited.summary.reusedArticles == seeds.count - 3)
        let clean = try Self.build(seeds, cache: nil)
        #expect(edited.files == clean.files)
        let next = String(decoding: clean.files.first { $0.relativePath == "articles/003-beb807c6142ff2a5/index.html" }!.contents, as: UTF8.self)
        #expect(next.contains(">新的標題</span>"))
    }

    /// A rebuild reads only the metadata of an unchanged article; when its page must be rendered
    /// again (a new neighbour) and the stored body is gone, or is not what was stored (cut short,
    /// as a power cut can leave a file the cache wrote without `fsync`), the seed is read and
    /// converted again.
    @Test(arguments: [false, true])
    func anArticleWhoseStoredBodyIsGoneIsConvertedAgainWhenItsPageChanges(cutShort: Bool) throws {
        var seeds = try TestSupport.realSeeds()
        let cache = temporaryCache()
        _ = try Self.build(seeds, cache: cache)
        let documents = cache.folder.appendingPathComponent("documents")
        var isFolder: ObjCBool = false
        let stored = try #require(FileManager.default.enumerator(atPath: documents.path)?.allObjects as? [String])
            .filter { FileManager.default.fileExists(atPath: documents.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue }
        #expect(stored.count == seeds.count)
        for entry in stored {
            // The stored Markdown follows the record: cut it short, or off.
            let path = documents.appendingPathComponent(entry).path
            let file = try #require(RecordFile(path: path))
            let body = try #require(file.rest())
            // The front matter stays whole, so only the stored hash tells that the body is short.
            try Disk.writeFile(RecordFile.bytes(record: file.record, rest: cutShort ? Array(body.prefix(body.count * 3 / 4)) : []), to: path)
        }
        seeds.append(Seed(id: "zz-new", path: "seeds/zz-new.md", format: .markdown, text: "---\ntitle: 新的簡報\n---\n\n盧比歐與石破茂會談。\n"))
        let edited = try Self.build(seeds, cache: cache)
        #expect(edited.summary.reusedArticles == seeds.count - 2)
        let clean = try Self.build(seeds, cache: nil)
        #expect(edited.files.map(\.relativePath) == clean.files.map(\.relativePath))
        for (left, right) in zip(edited.files, clean.files) where left != right {
            Issue.record("\(left.relativePath) differs between the incremental and the clean build")
        }
    }

    /// Builds into `output` through the publisher, as `briefing build` does.
    static func publish(_ seeds: [Seed], cache: ArticleCache, to output: String) throws -> SiteBuilder.Summary {
        var summary: SiteBuilder.Summary?
        let templates = try TemplateSet.read(folder: TestSupport.templatesFolder)
        let gazetteer = try Gazetteer.read(folder: TestSupport.seedsFolder)
        try Publisher.publish(to: output) { (write: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) in
            summary = try SiteBuilder.build(seeds: seeds, templates: templates, scripts: TestSupport.scripts, gazetteer: gazetteer,
                                            cache: cache, emit: write)
        }
        return try #require(summary)
    }

    @Test func cachedPagesAreLinkedAndAPageEditedInPlaceIsNotReused() throws {
        let seeds = try TestSupport.realSeeds()
        let cache = temporaryCache()
        let output = scratch.url.appendingPathComponent("public").path
        _ = try Self.publish(seeds, cache: cache, to: output)
        let page = output + "/articles/003-beb807c6142ff2a5/index.html"
        var status = stat()
        #expect(stat(page, &status) == 0 && status.st_nlink == 2, "the page and its cache entry are one file")
        // Written to in place, as some tools do: through the link, the cache entry changes too.
        let descriptor = open(page, O_WRONLY | O_TRUNC)
        #expect(descriptor >= 0)
        _ = "tampered".withCString { write(descriptor, $0, 8) }
        close(descriptor)
        let warm = try Self.publish(seeds, cache: cache, to: output)
        #expect(warm.reusedArticles == seeds.count - 1, "the tampered page is rendered again")
        let clean = try Self.build(seeds, cache: nil)
        for file in clean.files {
            let published = FileManager.default.contents(atPath: output + "/" + file.relativePath).map { [UInt8]($0) }
            if published != file.contents { Issue.record("\(file.relativePath) differs from a clean build") }
        }
    }
}
