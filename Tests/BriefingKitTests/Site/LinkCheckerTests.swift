import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct LinkCheckerTests {
    @Test func reportsBrokenLinksAnchorsAndRootAbsoluteLinks() {
        let files = [
            OutputFile("index.html", text: "<a href=\"articles/a/\">a</a><a href=\"articles/b/\">b</a><a href=\"/assets/x.css\">x</a>"),
            OutputFile("articles/a/index.html", text: "<p id=\"top\"></p><a href=\"#top\">t</a><a href=\"#missing\">m</a><a href=\"../../index.html\">h</a><a href=\"https://example.org/\">e</a><a href=\"../../../up\">u</a>"),
        ]
        #expect(LinkChecker.check(files).map(\.description) == [
            "public/index.html: site: root-absolute link `/assets/x.css` breaks when the site is served under a sub-path",
            "public/index.html: site: broken link `articles/b/`: no file articles/b/ in the site",
            "public/articles/a/index.html: site: broken anchor `#missing`: no id \"missing\" in articles/a/index.html",
            "public/articles/a/index.html: site: link `../../../up` leaves the site",
        ])
    }

    @Test func theBuiltSiteHasNoBrokenLinks() throws {
        let problems = LinkChecker.check(try SiteBuildTests.buildRealSite().files)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }
}
