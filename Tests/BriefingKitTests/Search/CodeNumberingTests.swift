import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct CodeNumberingTests {
    @Test func numbersCodesInTheOrderTheyAreFirstSeen() {
        var numbering = CodeNumbering()
        let pair = TokenCoder.pair("台", "灣"), lone = TokenCoder.single("國"), word: TokenCoder.Code = 1 << 63
        #expect(numbering.number(pair) == 0)
        #expect(numbering.number(lone) == 1)
        #expect(numbering.number(pair) == 0)
        #expect(numbering.number(word) == 2)
        #expect(numbering.codes == [pair, lone, word])
        #expect(numbering.existingNumber(lone) == 1)
        #expect(numbering.existingNumber(TokenCoder.pair("灣", "台")) == nil)
    }

    /// Far past its first capacity, and with codes that share their low bits: every code keeps the
    /// number it was given, as a dictionary that numbers them agrees.
    @Test func keepsEveryNumberAsItGrows() {
        var numbering = CodeNumbering(minimumCapacity: 4)
        var expected: [TokenCoder.Code: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        var codes: [TokenCoder.Code] = (1...20_000).map { TokenCoder.Code($0) << 21 }
        codes += (0..<20_000).map { _ in TokenCoder.Code.random(in: 1...UInt64.max, using: &generator) }
        for code in codes + codes.shuffled() {
            let number = numbering.number(code)
            #expect(number == expected[code, default: expected.count], "\(code)")
            expected[code] = number
        }
        #expect(numbering.count == expected.count)
        for (code, number) in expected where numbering.existingNumber(code) != number {
            Issue.record("\(code) lost its number \(number)")
        }
    }
}
