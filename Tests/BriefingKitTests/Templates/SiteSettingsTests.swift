import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct SiteSettingsTests {
    static let minimal = """
        title: { Hant: 文庫, Hans: 文库 }
        description: { Hant: 說明, Hans: 说明 }
        labels:
          author: { Hant: 作者, Hans: 作者 }
          tag: { Hant: 標籤, Hans: 标签 }
          source: { Hant: 來源, Hans: 来源 }
          page: { Hant: 頁, Hans: 页 }
          entities: { Hant: 人物與機構, Hans: 人物与机构 }
          glossary_title: { Hant: 兩岸譯名對照, Hans: 两岸译名对照 }
          kind_person: { Hant: 人物, Hans: 人物 }
          kind_organisation: { Hant: 組織, Hans: 组织 }
          kind_place: { Hant: 地點, Hans: 地点 }
          kind_country: { Hant: 國家, Hans: 国家 }
          kind_event: { Hant: 事件, Hans: 事件 }
          kind_document: { Hant: 文件, Hans: 文件 }

        """

    func problems(_ yaml: String, templates: [String: String] = [:]) -> [String] {
        do {
            _ = try SiteSettings.parse(yaml, path: "templates/site.yml", templates: templates)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsEverySettingWithDefaults() throws {
        let plain = try SiteSettings.parse(Self.minimal, path: "site.yml")
        #expect(plain.pageSize == SiteSettings.defaultPageSize)
        #expect(plain.baseURL == nil)
        #expect(plain.labels["tag"] == [.traditional: "標籤", .simplified: "标签"])
        let full = try SiteSettings.parse(Self.minimal + "base_url: https://example.org/archive\npage_size: 20\nauthor: 編輯部\ncopyright: CC BY 4.0\n",
                                          path: "site.yml")
        #expect(full.baseURL == "https://example.org/archive/")
        #expect(full.pageSize == 20)
        #expect(full.author == "編輯部")
        #expect(full.copyright == "CC BY 4.0")
    }

    @Test func namesTheFileAndKeyOfEveryProblem() {
        #expect(problems(Self.minimal + "paginate: 10\n") == [
            "templates/site.yml: templates: unknown setting `paginate`; expected one of: title, description, base_url, page_size, author, copyright, labels"])
        #expect(problems(Self.minimal + "page_size: ten\n") == ["templates/site.yml: templates: `page_size` must be a whole number of at least 1"])
        #expect(problems(Self.minimal + "base_url: example.org\n") == [
            "templates/site.yml: templates: `base_url` must be an absolute http(s) URL such as https://example.org/archive/, not `example.org`"])
        #expect(problems(Self.minimal.replacingOccurrences(of: "Hans: 标签", with: "Hanz: 标签")) == [
            "templates/site.yml: templates: `labels.tag` needs a text for each script and nothing else, as `labels.tag: { Hant: …, Hans: … }`"])
        #expect(problems(Self.minimal.replacingOccurrences(of: "  page: { Hant: 頁, Hans: 页 }\n", with: "")) == [
            "templates/site.yml: templates: `labels.page` is missing; the site uses it in page titles and headings"])
    }

    @Test func aLabelATemplateUsesMustBeDefined() {
        #expect(problems(Self.minimal, templates: ["footer": "{{#labels.colophon}}{{traditional}}{{/labels.colophon}}"]) == [
            "templates/site.yml: templates: `labels.colophon` is used by footer.mustache but not defined here"])
    }

    @Test func templatesReadLabelsBesideTheirOwnView() throws {
        struct View { var name: String }
        let set = TemplateSet(templates: ["layout": "", "index": "", "article": "", "404": "",
                                          "greet": "{{name}}: {{#labels.tag}}{{traditional}}/{{simplified}}{{/labels.tag}}"],
                              settingsYAML: Self.minimal, assets: [:], folder: "templates")
        #expect(try TemplateRenderer(set).render(View(name: "川普"), template: "greet") == "川普: 標籤/标签")
    }
}
