import Mustache
import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TemplateValueTests {
    private struct Inner { var name: String; var note: String? }
    private struct Outer { var title: String; var count: Int; var flag: Bool; var missing: String?; var inner: Inner; var list: [Inner] }

    @Test func flattensStructsToDictionariesAndLeavesNilFieldsOut() throws {
        let value = Outer(title: "標題", count: 2, flag: true, missing: nil, inner: Inner(name: "a", note: "n"),
                          list: [Inner(name: "b", note: nil)])
        let flat = try #require(TemplateValue.flattened(value) as? [String: Any])
        #expect((flat["title"] as? TemplateText)?.text == "標題")
        #expect(flat["count"] as? Int == 2)
        #expect(flat["flag"] as? Bool == true)
        #expect(flat.keys.contains("missing") == false)
        #expect(((flat["inner"] as? [String: Any])?["note"] as? TemplateText)?.text == "n")
        let list = try #require(flat["list"] as? [Any])
        #expect((list.first as? [String: Any])?.keys.sorted() == ["name"])
    }

    @Test func handWrittenFieldsMatchTheReflectedOnes() throws {
        let row = AlignedRowView(kind: "paragraph", traditional: "<p>臺灣</p>", simplified: "<p>台湾</p>")
        let fast = try #require(TemplateValue.flattened(row) as? [String: Any])
        let slow = try #require(TemplateValue.reflected(row) as? [String: Any])
        #expect(fast.keys.sorted() == slow.keys.sorted())
        for key in slow.keys { #expect((fast[key] as? TemplateText)?.text == (slow[key] as? TemplateText)?.text, "\(key)") }
        #expect((fast["traditional"] as? TemplateText)?.text == "<p>臺灣</p>")
        let pair = ScriptPairView(traditional: "臺灣", simplified: "台湾")
        let fastPair = try #require(TemplateValue.flattened(pair) as? [String: Any])
        let slowPair = try #require(TemplateValue.reflected(pair) as? [String: Any])
        #expect(fastPair.keys.sorted() == slowPair.keys.sorted())
        #expect(fastPair["differs"] as? Bool == slowPair["differs"] as? Bool)
    }

    /// Every hand-written `TemplateFields` gives what reflection would, optional fields included.
    @Test func everyHandWrittenViewMatchesReflection() throws {
        let samples: [Any] = [
            AlignedRowView(kind: "p", traditional: "a", simplified: "b"),
            ScriptPairView(traditional: "臺", simplified: "台"),
            ArticleListItemView(title: "t", convertedTitle: "c", convertedLang: "zh-Hans-CN", url: "u", authors: "a",
                                source: "s", date: "2025-01-01", lang: "zh-Hant-TW"),
            ArticleListItemView(title: "t", convertedTitle: "c", convertedLang: "zh-Hans-CN", url: "u", authors: "a",
                                source: nil, date: nil, lang: "zh-Hant-TW"),
            EntityArticleView(title: "t", url: "u", lang: "l", count: 3, contexts: ["x", "y"]),
            EntityIndexItemView(traditionalName: "川普", simplifiedName: "特朗普", namesDiffer: true, english: "Trump", url: "u", count: 2),
            RelatedEntityView(traditionalName: "川普", simplifiedName: "特朗普", namesDiffer: true, english: "Trump", url: "u"),
            TermLinkView(name: "n", url: "u", count: 1, lang: "l"),
        ]
        for sample in samples {
            #expect(sample is TemplateFields, "\(type(of: sample))")
            let fast = try #require(TemplateValue.flattened(sample) as? [String: Any])
            let slow = try #require(TemplateValue.reflected(sample) as? [String: Any])
            #expect(fast.keys.sorted() == slow.keys.sorted(), "\(type(of: sample))")
            for key in slow.keys {
                #expect(String(describing: fast[key]!) == String(describing: slow[key]!), "\(type(of: sample)).\(key)")
            }
        }
    }

    @Test func rendersTheSameThroughMustache() throws {
        let set = TemplateSet(templates: ["row": "{{#rows}}<{{kind}}>{{{traditional}}}|{{simplified}}{{^missing}}!{{/missing}}{{/rows}}"],
                              settingsYAML: SiteSettingsTests.minimal, assets: [:], folder: "t")
        let renderer = try TemplateRenderer(set)
        struct Page { var rows: [AlignedRowView] }
        let html = try renderer.render(Page(rows: [AlignedRowView(kind: "p", traditional: "<b>", simplified: "&")]), template: "row")
        #expect(html == "<p><b>|&amp;!")
    }

    /// Text reaches the templates wrapped (cheaper for Mustache to print); whatever a template does
    /// with it must come out as it would with the plain string.
    @Test func wrappedTextRendersAsThePlainStringWould() throws {
        let source = "{{#title}}[{{title}}|{{other}}]{{/title}}{{^title}}none{{/title}}{{#empty}}E{{/empty}}{{^empty}}!E{{/empty}}"
            + "{{uppercased(latin)}}{{#empty(empty)}}blank{{/empty(empty)}}{{#list}}<{{.}}>{{/list}}{{{raw}}}{{raw}}"
        struct View { var title: String; var other: String; var empty: String; var latin: String; var list: [String]; var raw: String }
        let view = View(title: "標題", other: "o", empty: "", latin: "abc", list: ["a", "&"], raw: "<i>")
        let renderer = try TemplateRenderer(TemplateSet(templates: ["t": source], settingsYAML: SiteSettingsTests.minimal, assets: [:], folder: "t"))
        let wrapped = try renderer.render(view, template: "t")
        var library = MustacheLibrary()
        try library.register(HTMLText.pragma + source, named: "t")
        let plain: [String: Any] = ["title": "標題", "other": "o", "empty": "", "latin": "abc", "list": ["a", "&"], "raw": "<i>"]
        #expect(wrapped == library.render(plain, withTemplate: "t"))
        #expect(wrapped == "[標題|o]EABCblank<a><&amp;><i>&lt;i&gt;")
    }

    /// A flattened value written out with its keys in order, so two can be compared whole.
    private func canonical(_ value: Any) -> String {
        if let fields = value as? [String: Any] {
            return "{" + fields.keys.sorted().map { "\($0): \(canonical(fields[$0]!))" }.joined(separator: ", ") + "}"
        }
        if let items = value as? [Any] { return "[" + items.map(canonical).joined(separator: ", ") + "]" }
        return "\(type(of: value))(\(value))"
    }

    @Test func entityPageFieldsMatchReflection() {
        let pager = PagerView(previous: PageLinkView(number: 1, url: "../"), next: nil,
                              items: [PagerItemView(current: 2), .ellipsis], number: 2, count: 3)
        let item = RelatedEntityView(traditionalName: "川普", simplifiedName: "特朗普", namesDiffer: true, english: "Trump", url: "u")
        for (description, start, page) in [("描述", 21 as Int?, pager as PagerView?), (nil, nil, nil)] {
            let view = EntityPageView(
                id: "id", traditionalName: "臺", simplifiedName: "台", namesDiffer: false, english: "e",
                kind: ScriptPairView(traditional: "人", simplified: "人"), aliases: [AliasView(name: "a", lang: "l")], hasAliases: true,
                traditionalDescription: description, simplifiedDescription: description, wikipediaURL: description,
                articles: [EntityArticleView(title: "t", url: "u", lang: "l", count: 3, contexts: ["x"])], start: start, pager: page,
                total: 3, related: [item], hasRelated: true, entitiesURL: "../", root: "../../")
            #expect(canonical(TemplateValue.flattened(view)) == canonical(TemplateValue.reflected(view)))
        }
    }
}
