import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct HTMLTextTests {
    @Test func escapesTheFiveCharactersHTMLGivesMeaningTo() {
        #expect(HTMLText.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLText.escape("川普與盧比歐") == "川普與盧比歐")
        #expect(HTMLText.escape("") == "")
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() {
        // One grapheme each: a whole-character escaper let them through, and the quote ended the attribute.
        #expect(HTMLText.escape("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(HTMLText.escape("<\u{338}script>") == "&lt;\u{338}script&gt;")
    }

    @Test func templatesAndTheirPartialsEscapeThisWay() throws {
        struct View { var name: String }
        let set = TemplateSet(templates: ["layout": "", "index": "", "article": "", "404": "",
                                          "outer": "<p title=\"{{name}}\">{{> inner}}</p>", "inner": "{{name}}|{{{name}}}"],
                              settingsYAML: SiteSettingsTests.minimal, assets: [:], folder: "templates")
        let html = try TemplateRenderer(set).render(View(name: "\"\u{301}<"), template: "outer")
        #expect(html == "<p title=\"&quot;\u{301}&lt;\">&quot;\u{301}&lt;|\"\u{301}<</p>")
    }

    @Test func aTemplateErrorNamesTheAuthorsLine() {
        let set = TemplateSet(templates: ["layout": "", "index": "", "article": "", "404": "", "broken": "<p>\n{{/never-opened}}\n<p>\n<p>\n"],
                              settingsYAML: SiteSettingsTests.minimal, assets: [:], folder: "templates")
        do {
            _ = try TemplateRenderer(set)
            Issue.record("an unclosed section must not parse")
        } catch {
            #expect(error.diagnostics.map(\.location.line) == [2])
            #expect(!error.diagnostics.map(\.message).joined().contains("CONTENT_TYPE"))
        }
    }

    @Test func aStandaloneFirstLineStaysStandalone() throws {
        struct View { var items: [String] }
        let set = TemplateSet(templates: ["layout": "", "index": "", "article": "", "404": "", "list": "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n"],
                              settingsYAML: SiteSettingsTests.minimal, assets: [:], folder: "templates")
        #expect(try TemplateRenderer(set).render(View(items: ["a", "b"]), template: "list") == "<li>a</li>\n<li>b</li>\n")
    }
}
