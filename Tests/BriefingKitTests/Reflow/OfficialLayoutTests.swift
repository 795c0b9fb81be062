import Testing
@testable import BriefingKit

/// Paragraph and head rules read off government notices and measures (issue #20).
struct OfficialLayoutTests {
    private let full = "发挥领导小组作用，构建党委领导、政府统筹、部门分工负责的工作"

    private func blocks(_ lines: [String]) -> [(heading: Bool, text: String)] {
        TestSupport.convert(TestSupport.rawSeed(lines)).article.blocks.map { block in
            if case .heading = block.kind { return (true, block.plainText) }
            return (false, block.plainText)
        }
    }

    @Test func aRunInHeadStaysInItsParagraph() {
        #expect(BodyAssembler.hasRunInHead("一、强化算力服务支撑。 加大普惠算力供给，建设涵盖算力统"))
        #expect(!BodyAssembler.hasRunInHead("一、强化算力服务支撑。"))
        #expect(!BodyAssembler.hasRunInHead("（一）加强组织领导。」"))
    }

    @Test func readsTheBodyOfANotice() {
        let found = blocks([" 市人民政府关于印发若干措施的通知", "各区人民政府，市政府各部门：", "《若干措施》已经市政府同意，现印发给你们，请认真",
                            "组织实施。", "一、完善足球管理体制机制", "（一）加强足球工作组织领导。", full, "机制。[市体育局，各区政府]",
                            "（二）做大做强足球协会。", full, "机制。"])
        #expect(found.map(\.text) == ["各区人民政府，市政府各部门：", "《若干措施》已经市政府同意，现印发给你们，请认真组织实施。",
                                      "一、完善足球管理体制机制", "（一）加强足球工作组织领导。", full + "机制。[市体育局，各区政府]",
                                      "（二）做大做强足球协会。", full + "机制。"])
        #expect(found.map(\.heading) == [false, false, true, true, false, true, false])
    }

    @Test func aListOfShortItemsIsNotHeads() {
        let found = blocks([" 某某法", "第二条 本法所称投资，包括下列情形：", "（一）设立企业；", "（二）取得股份。", "（三）新建项目。", "第三条 " + full + "。"])
        #expect(found.allSatisfy { !$0.heading })
    }

    @Test func aGapInsideAParagraphDoesNotEndIt() {
        let found = blocks([" 某某措施", full, full, "", full, "为止。"])
        #expect(found.map(\.text) == [full + full + full + "为止。"])
    }

    @Test func aHeadWrappedOverTwoShortLinesIsOneHead() {
        let found = blocks([" 通知标题", full + "。", "短句。", "杭州市加快推进全国足球发展", "重点城市建设若干措施", full, "为止。"])
        #expect(found.map(\.text).contains("杭州市加快推进全国足球发展重点城市建设若干措施"))
        #expect(found.first { $0.text.hasPrefix("杭州市加快") }?.heading == true)
    }
}
