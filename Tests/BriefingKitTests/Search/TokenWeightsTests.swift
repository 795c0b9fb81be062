import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct TokenWeightsTests {
    @Test func givesBackEachTokenWithItsWeight() {
        var weights = TokenWeights()
        for (token, weight) in [("关税", Float(2.5)), ("rubio", 1), ("@marco-rubio", 3), ("美", 0.25)] { weights.append(token, weight: weight) }
        #expect(weights.map(\.token) == ["关税", "rubio", "@marco-rubio", "美"])
        #expect(weights.map(\.weight) == [2.5, 1, 3, 0.25])
        var visited: [(String, Float)] = []
        weights.forEachToken { visited.append((String(decoding: $0, as: UTF8.self), $1)) }
        #expect(visited.map(\.0) == weights.map(\.token))
        #expect(visited.map(\.1) == weights.map(\.weight))
    }

    @Test func rejectsBuffersThatAreNotWholeTokens() {
        let utf8 = Array("关税rubio".utf8)
        #expect(TokenWeights(utf8: utf8, ends: [6, 11], weights: [1, 2]) != nil)
        #expect(TokenWeights(utf8: utf8, ends: [4, 11], weights: [1, 2]) == nil, "an end inside a character")
        #expect(TokenWeights(utf8: utf8, ends: [6, 10], weights: [1, 2]) == nil, "bytes left over")
        #expect(TokenWeights(utf8: utf8, ends: [6, 6, 11], weights: [1, 2, 3]) == nil, "an empty token")
        #expect(TokenWeights(utf8: utf8, ends: [6, 11], weights: [1]) == nil, "a token without a weight")
        #expect(TokenWeights(utf8: [0xE5, 0xFF, 0x80], ends: [3], weights: [1]) == nil, "not UTF-8")
        #expect(TokenWeights(utf8: [], ends: [], weights: []) != nil)
    }
}
