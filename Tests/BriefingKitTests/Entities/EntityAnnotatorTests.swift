import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct EntityAnnotatorTests {
    let annotator = EntityAnnotator(matcher: EntityMatcherTests.matcher, entitiesPath: "../../entities/")

    func render(_ markdown: String) -> (html: String, mentions: [EntityMention]) {
        let result = MarkdownRenderer.blocks(markdown, annotator: annotator)
        return (result.blocks.map(\.html).joined(), result.mentions)
    }

    @Test func firstMentionInEachSectionLinksAndEveryMentionIsMarked() {
        let (html, mentions) = render("川普會見石破茂，川普說。\n\n## 二、石破茂\n\n石破說川普。\n")
        #expect(html.contains("<p><a class=\"entity\" data-entity=\"donald-trump\" href=\"../../entities/donald-trump/\">川普</a>會見"))
        #expect(html.contains("，<span class=\"entity\" data-entity=\"donald-trump\">川普</span>說。"))
        #expect(html.contains("<h2>二、<span class=\"entity\" data-entity=\"shigeru-ishiba\">石破茂</span></h2>"))
        #expect(html.contains("<p><a class=\"entity\" data-entity=\"shigeru-ishiba\" href=\"../../entities/shigeru-ishiba/\">石破</a>說"))
        #expect(mentions.map(\.entityID) == ["donald-trump", "shigeru-ishiba", "donald-trump", "shigeru-ishiba", "shigeru-ishiba", "donald-trump"])
    }

    @Test func textInsideLinksCodeAndFootnotesIsLeftAlone() {
        let (html, mentions) = render("[川普](https://example.org/) `川普` <https://example.org/川普>[^1]\n\n[^1]: 川普的談話。\n")
        #expect(!html.contains("data-entity"))
        #expect(mentions.isEmpty)
    }

    @Test func markupStaysSafeAroundMarks() {
        let (html, _) = render("川普<script>alert(1)</script>\n")
        #expect(!html.contains("<script"))
        #expect(html.contains("data-entity=\"donald-trump\""))
    }

    @Test func theConvertedColumnCarriesTheRegionalNameOnlyWhereTheOtherRegionsNameStands() {
        let regional = SiteBuilder.regionalNames(EntityMatcherTests.gazetteer, fold: TestSupport.scripts.fold)
        #expect(regional[.simplified]?["donald-trump"]?.name == "特朗普")
        #expect(regional[.simplified]?["shigeru-ishiba"] == nil, "same name in both regions")
        let converted = EntityAnnotator(matcher: EntityMatcherTests.matcher, entitiesPath: "", regionalNames: regional[.simplified]!)
        let html = MarkdownRenderer.blocks("川普与Donald Trump会见石破茂。\n", annotator: converted).blocks[0].html
        #expect(html.contains("data-entity=\"donald-trump\" data-regional=\"特朗普\" href=\"donald-trump/\">川普</a>"))
        #expect(html.contains("<span class=\"entity\" data-entity=\"donald-trump\">Donald Trump</span>"))
        #expect(!html.contains("data-regional=\"石破茂\""))
    }
}
