import Testing
@testable import BriefingBuild
@testable import BriefingCore
@testable import BriefingReflow
@testable import BriefingRender
@testable import BriefingScript
@testable import BriefingSearch

struct MarkdownSplitTests {
    /// The rule, line by line: the first line is a fence, the YAML runs to the next fence line,
    /// the body is the rest without its leading blank lines.
    static func reference(_ text: String) -> (yaml: String, body: String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func isFence(_ line: String) -> Bool { line.trimmingCharacters(in: [" "]) == "---" }
        guard let first = lines.first, isFence(first) else { return nil }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: isFence) else { return nil }
        var body = lines[(close + 1)...].joined(separator: "\n")
        while body.hasPrefix("\n") { body.removeFirst() }
        return (lines[..<close].joined(separator: "\n"), body)
    }

    @Test(arguments: [
        "---\ntitle: 川普\n---\n\n正文。\n", "---\n---", "---\n---\n", "---", "---\n", "", "title: x\n---\n",
        " --- \na: 1\n\n  ---  \n\n\n第一段\n\n第二段", "---\na: |\n  ---x\n---\nbody", "---\na\n----\n---\nb",
        "---\ntitle: x\n", "\n---\na\n---\n", "---\n\n---\n\n", "---\na: é\u{301}\n---\n\u{301}body",
    ])
    func splitsAsTheLineRuleSays(text: String) {
        let expected = Self.reference(text)
        let actual = try? MarkdownReader.split(text, path: "t.md")
        #expect(actual?.yaml == expected?.yaml && actual?.body == expected?.body, "\(text.debugDescription)")
    }
}
