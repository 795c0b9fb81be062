import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct ServedSiteTests {
    let site = ServedSite(files: [
        OutputFile("index.html", text: "<html><head><title>t</title></head><body>home</body></html>"),
        OutputFile("404.html", text: "<html><head></head><body>missing</body></html>"),
        OutputFile("articles/a/index.html", text: "<html><head></head><body>a</body></html>"),
        OutputFile("articles/a/index.md", text: "---\ntitle: a\n---\n"),
        OutputFile("search/index.json", text: "{}"),
        OutputFile("feed.xml", text: "<feed/>"),
        OutputFile("search/tails/0.bin", contents: Array(0..<10)),
    ], basePath: ServedSite.basePath(of: "https://example.org/archive/"))

    @Test func servesUnderTheSubPathWithContentTypes() {
        #expect(site.basePath == "/archive/")
        #expect(site.response(for: "/archive/").status == 200)
        #expect(site.response(for: "/archive/articles/a/").contentType == "text/html; charset=utf-8")
        #expect(site.response(for: "/archive/articles/a/index.md").contentType == "text/markdown; charset=utf-8")
        #expect(site.response(for: "/archive/search/index.json").contentType == "application/json")
        #expect(site.response(for: "/archive/feed.xml").contentType == "application/xml; charset=utf-8")
        #expect(site.response(for: "/archive/?q=x").status == 200)
    }

    @Test func aRangeRequestGetsItsSliceAndOtherRangesTheWholeFile() {
        let path = "/archive/search/tails/0.bin"
        let slice = site.response(for: path, range: "bytes=2-4")
        #expect(slice.status == 206 && slice.body == [2, 3, 4] && slice.contentRange == "bytes 2-4/10")
        #expect(site.response(for: path, range: "bytes=7-").body == [7, 8, 9])
        #expect(site.response(for: path, range: "bytes=-2").body == [8, 9])
        #expect(site.response(for: path, range: "bytes=8-100").contentRange == "bytes 8-9/10", "the last byte is clamped")
        #expect(site.response(for: path, range: "bytes=12-14").status == 416)
        for whole in [nil, "bytes=0-1,4-5", "items=0-1", "bytes=4-2", "bytes=x-"] {
            let response = site.response(for: path, range: whole)
            #expect(response.status == 200 && response.body.count == 10 && response.contentRange == nil, "\(whole ?? "none")")
        }
        #expect(site.response(for: "/archive/nope.bin", range: "bytes=0-1").status == 404)
    }

    @Test func missingPagesGetTheSite404AndFoldersTheirSlash() {
        let missing = site.response(for: "/archive/nope/")
        #expect(missing.status == 404)
        #expect(String(decoding: missing.body, as: UTF8.self).contains("missing"))
        #expect(site.response(for: "/index.html").status == 404, "outside the sub-path")
        #expect(site.response(for: "/archive/../index.html").status == 404)
        #expect(site.response(for: "/archive/articles/a").location == "/archive/articles/a/")
        #expect(site.response(for: "/archive").location == "/archive/")
    }

    @Test func onlyServedPagesGetTheLiveReloadScript() {
        let page = String(decoding: site.response(for: "/archive/").body, as: UTF8.self)
        #expect(page.contains("<script src=\"/archive/__briefing/live.js\" defer></script>\n</head>"))
        #expect(!String(decoding: site.response(for: "/archive/search/index.json").body, as: UTF8.self).contains("live.js"))
    }
}

struct ProgressRendererTests {
    @Test func aTerminalGetsABarRedrawnInPlaceAndAPipePlainLines() {
        let halfway = BuildProgress(stage: .render, done: 50, total: 100)
        let done = BuildProgress(stage: .render, done: 100, total: 100)
        let terminal = ProgressRenderer(isTerminal: true)
        #expect(terminal.render(halfway, elapsed: 1.25) == "\r\u{1B}[2Krender   ████████████░░░░░░░░░░░░ 50/100  1.2 s")
        let plain = ProgressRenderer(isTerminal: false)
        #expect(plain.render(halfway, elapsed: 1.25) == nil)
        #expect(plain.render(done, elapsed: 2.5) == "render: 100 done at 2.5 s\n")
        #expect(plain.finish.isEmpty && !terminal.finish.isEmpty)
    }
}
