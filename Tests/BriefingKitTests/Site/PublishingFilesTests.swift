import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct PublishingFilesTests {
    static func build(baseURL: String?, extraSeeds: [Seed] = []) throws -> [OutputFile] {
        try SiteBuilder.build(seeds: SeedReader.read(folder: TestSupport.seedsFolder) + extraSeeds,
                              templates: TemplateSet.read(folder: TestSupport.templatesFolder), scripts: TestSupport.scripts,
                              baseURL: baseURL).files
    }

    static func text(_ files: [OutputFile], _ path: String) -> String? {
        files.first { $0.relativePath == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }

    @Test func withoutBaseURLOnlyRobotsIsWritten() throws {
        let files = try Self.build(baseURL: nil)
        #expect(Self.text(files, "robots.txt") == "User-agent: *\nAllow: /\n")
        #expect(Self.text(files, "sitemap.xml") == nil)
        #expect(Self.text(files, "feed.xml") == nil)
    }

    @Test func the404PageLinksAbsolutelyWhenTheBaseURLIsKnown() throws {
        let page = try #require(Self.text(try Self.build(baseURL: "https://example.org/archive"), "404.html"))
        #expect(page.contains("href=\"https://example.org/archive/assets/style.css\""))
        let local = try #require(Self.text(try Self.build(baseURL: nil), "404.html"))
        #expect(local.contains("href=\"assets/style.css\""))
    }

    @Test func feedAndSitemapAreWellFormedAndEscapeSeedText() throws {
        let hostile = Seed(id: "zz-hostile", path: "seeds/zz-hostile.md", format: .markdown,
                           text: "---\ntitle: \"</title><script>alert(1)</script> & 標題\"\ndate: 2025-02-10\nauthors: [\"A&B <x>\"]\n---\n\n正文。\n")
        let files = try Self.build(baseURL: "https://example.org/archive", extraSeeds: [hostile])
        let feed = try #require(Self.text(files, "feed.xml"))
        #expect(feed.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 標題</title>"))
        #expect(feed.contains("<name>A&amp;B &lt;x&gt;</name>"))
        #expect(feed.contains("<updated>2025-02-10T00:00:00Z</updated>\n<published>2025-02-10T00:00:00Z</published>"))
        #expect(!feed.contains("<script>"))
        let sitemap = try #require(Self.text(files, "sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/archive/tags/%E5%B7%9D%E6%99%AE/</loc>"))
        #expect(!sitemap.contains("404"))
        for path in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(Self.text(files, path)!.utf8))
            #expect(parser.parse(), "\(path) is not well-formed XML")
        }
        let page = try #require(Self.text(files, "articles/zz-hostile/index.html"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://example.org/archive/articles/zz-hostile/\">"))
        let jsonLD = try #require(page.firstMatch(of: /<script type="application\/ld\+json">(.*)<\/script>/)?.1)
        let article = try #require(try JSONSerialization.jsonObject(with: Data(jsonLD.utf8)) as? [String: Any])
        #expect(article["headline"] as? String == "</title><script>alert(1)</script> & 標題")
        #expect(article["datePublished"] as? String == "2025-02-10")
    }
}
