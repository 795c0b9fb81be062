import Testing
@testable import BriefingKit

struct ArticleCacheCodingTests {
    @Test func mentionsSurviveTheCacheTextWhateverTheyHold() {
        let mentions = [
            MentionSummary(entityID: "donald-trump", count: 3, surface: "川普", contexts: ["美國總統川普說，", "a\\tb\\\\c\nd", ""]),
            MentionSummary(entityID: "marco-rubio", count: 1, surface: "盧比歐", contexts: []),
            MentionSummary(entityID: "x", count: 12, surface: "\u{301}é", contexts: ["\t\u{301}開頭", "結尾\n\u{301}"]),
        ]
        let decoded = ArticleCache.decodeMentions(ArticleCache.encodeMentions(mentions))
        #expect(decoded.map(\.entityID) == mentions.map(\.entityID))
        #expect(decoded.map(\.count) == mentions.map(\.count))
        #expect(decoded.map(\.surface) == mentions.map(\.surface))
        #expect(decoded.map(\.contexts) == mentions.map(\.contexts))
    }

    @Test func warningsSurviveTheCacheText() {
        let warnings = [Diagnostic(.warning, .reflow, at: SourceLocation(file: "seeds/a.txt", line: 12), "mark\t\u{301} kept \\ as text\n\u{301}")]
        let decoded = ArticleCache.decodeDiagnostics(ArticleCache.encodeDiagnostics(warnings))
        #expect(decoded.map(\.message) == warnings.map(\.message))
        #expect(decoded.map(\.location) == warnings.map(\.location))
    }
}
