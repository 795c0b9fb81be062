import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Every letter, digit and ideograph of a seed ends up in the converted article exactly once,
/// unless a rule dropped it on purpose (page furniture, labels, the repeated blurb).
struct CharacterInventoryTests {
    static func counted(_ character: Character) -> Bool {
        CharacterClass.isIdeograph(character) || CharacterClass.isLatinWordCharacter(character)
    }

    static func inventory(_ texts: [String]) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for text in texts {
            for character in text where counted(character) { counts[character, default: 0] += 1 }
        }
        return counts
    }

    static func outputTexts(_ article: Article) -> [String] {
        let metadata = article.metadata
        // A publication named inside the funding note (`感谢《和平与发展》…`) is read from there, not extra text;
        // the publisher is always derived (from the editor's note or the footer, which are counted themselves).
        let publicationIsDerived = metadata.source.publication.map { metadata.funding?.contains($0) ?? false } ?? false
        var texts = [metadata.title, metadata.abstract, metadata.imageCaption, metadata.imageCredit, metadata.funding,
                     publicationIsDerived ? nil : metadata.source.publication, metadata.source.issue,
                     metadata.english.title, metadata.english.abstract]
            .compactMap { $0 }
        texts += metadata.authors.map(\.name) + Array(Set(metadata.authors.compactMap(\.affiliation)))
        texts += metadata.keywords + metadata.tags + metadata.english.authors + metadata.english.keywords
        texts += article.blocks.map(\.plainText) + article.footnotes.map(\.text)
        return texts
    }

    @Test(arguments: TestSupport.realSeedIDs)
    func everyCharacterOfTheSeedIsKeptOnceOrDroppedOnPurpose(seedID: String) throws {
        let seed = try TestSupport.realSeed(seedID)
        let conversion = TestSupport.convert(seed)
        let input = Self.inventory([seed.text])
        let output = Self.inventory(Self.outputTexts(conversion.article) + conversion.dropped.map(\.text))
        let lost = input.filter { output[$0.key, default: 0] < $0.value }.map { "\($0.key)×\($0.value - output[$0.key, default: 0])" }
        let added = output.filter { input[$0.key, default: 0] < $0.value }.map { "\($0.key)×\($0.value - input[$0.key, default: 0])" }
        #expect(lost.isEmpty, "lost: \(lost.sorted().joined(separator: " "))")
        #expect(added.isEmpty, "added: \(added.sorted().joined(separator: " "))")
    }
}
