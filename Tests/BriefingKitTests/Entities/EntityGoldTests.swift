import Foundation
import Testing
import Yams
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

/// Precision and recall of entity mentions on the five seeds against gold lists made by reading
/// them (`Fixtures/EntityGold/<seed>.yml`), counted per entity per article.
struct EntityGoldTests {
    struct Score { var correct = 0, predicted = 0, gold = 0 }

    static func score(_ seedID: String) throws -> (score: Score, errors: [String]) {
        let gazetteer = try Gazetteer.read(folder: TestSupport.seedsFolder)
        let matcher = EntityMatcher(gazetteer: gazetteer, fold: TestSupport.scripts.fold)
        let document = try DocumentLoader.load(try TestSupport.realSeed(seedID), scripts: TestSupport.scripts).document
        let mentions = MarkdownRenderer.blocks(document.body, annotator: EntityAnnotator(matcher: matcher, entitiesPath: "")).mentions
        var predicted: [String: Int] = [:]
        for mention in mentions { predicted[mention.entityID, default: 0] += 1 }
        let url = TestSupport.fixturesFolder.appendingPathComponent("EntityGold/\(seedID).yml")
        let gold = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
        var expected: [String: Int] = [:]
        for entry in gold["mentions"] as? [[String: Any]] ?? [] {
            expected[entry["id"] as! String] = entry["count"] as? Int
        }
        var score = Score()
        var errors: [String] = []
        for id in Set(predicted.keys).union(expected.keys).sorted() {
            let found = predicted[id] ?? 0, wanted = expected[id] ?? 0
            score.correct += min(found, wanted)
            score.predicted += found
            score.gold += wanted
            if found != wanted { errors.append("\(seedID) \(id): found \(found), gold \(wanted)") }
        }
        return (score, errors)
    }

    @Test func mentionsMatchTheGoldListsClosely() throws {
        var total = Score()
        var errors: [String] = []
        for id in TestSupport.realSeedIDs {
            let result = try Self.score(id)
            total.correct += result.score.correct
            total.predicted += result.score.predicted
            total.gold += result.score.gold
            errors += result.errors
        }
        let precision = Double(total.correct) / Double(total.predicted)
        let recall = Double(total.correct) / Double(total.gold)
        print("entity mentions: precision \(precision), recall \(recall) (\(total.correct) correct, \(total.predicted) found, \(total.gold) gold)")
        for error in errors { print("  " + error) }
        #expect(precision >= 0.97, "precision \(precision)\n\(errors.joined(separator: "\n"))")
        #expect(recall >= 0.97, "recall \(recall)\n\(errors.joined(separator: "\n"))")
    }

    /// Strings the gold lists name as not being a mention (compounds such as 美日, 川石, the
    /// doctrine 杰克逊现实主义) must not produce that entity.
    @Test(arguments: TestSupport.realSeedIDs)
    func goldNonMentionsAreNotLinked(seedID: String) throws {
        let gazetteer = try Gazetteer.read(folder: TestSupport.seedsFolder)
        let matcher = EntityMatcher(gazetteer: gazetteer, fold: TestSupport.scripts.fold)
        let url = TestSupport.fixturesFolder.appendingPathComponent("EntityGold/\(seedID).yml")
        let gold = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
        let nonMentions = gold["non_mentions"] as? [[String: Any]] ?? []
        #expect(!nonMentions.isEmpty)
        for entry in nonMentions {
            let text = try #require(entry["text"] as? String)
            let excluded = (entry["not"] as? String).map { [$0] } ?? (entry["not"] as? [String] ?? [])
            let found = Set(matcher.matches(in: text).map(\.entityID))
            #expect(found.isDisjoint(with: excluded), "\(seedID): `\(text)` links \(found.intersection(excluded))")
        }
    }
}
