import BriefingCore

/// Title, by-line, affiliation, caption, credit, abstract and keywords before the body.
extension ArticleConverter {
    private static let frontMatterReach = 80

    /// Reads the front matter and returns the index of the first body line.
    mutating func readFrontMatter() -> Int {
        let reach = min(lines.count, Self.frontMatterReach)
        for index in 0..<reach where isContent(index) {
            guard let byline = AuthorLine.parse(lines[index].content), !continuesOverprintedLine(index),
                  let foundTitle = titleLines(before: index) else {
                continue
            }
            var titleRange = foundTitle
            var affiliation = byline.affiliation
            // An office on the line above a lone name (`省长` over `叶建春`) belongs to the name.
            if affiliation == nil, byline.names.count == 1, let last = titleRange.last,
               AuthorLine.endsWithRole(lines[last].content) {
                titleRange = titleRange.lowerBound..<last
                if titleRange.isEmpty {
                    guard let above = titleLines(before: last) else { continue }
                    titleRange = above
                }
                affiliation = lines[last].content
                consumed.insert(last)
            }
            readLeadMatter(before: titleRange.lowerBound)
            readTitle(titleRange)
            draft.authors = byline.names
            draft.authorAffiliationNumbers = byline.affiliationNumbers
            consumed.insert(index)
            if let affiliation { draft.affiliations = [affiliation] }
            var bylineEnd = index
            // One author a line: the names that follow, each a by-line of its own.
            while let next = nextContentIndex(after: bylineEnd), next - bylineEnd <= 3, !lines[next].startsPage,
                  let more = AuthorLine.parse(lines[next].content), more.affiliation == nil {
                draft.authors += more.names
                draft.authorAffiliationNumbers += more.affiliationNumbers
                consumed.insert(next)
                bylineEnd = next
            }
            for marker in byline.markers where FootnoteMarker.noteStart(marker + " x") == nil {
                trace.drop(marker, line: lines[index].number, .footnoteMarker)
                trace.diagnostics.append(.warning(.reflow, at: location(index), "author note mark \(marker) has no note; dropped"))
            }
            for marker in byline.markers where FootnoteMarker.noteStart(marker + " x") != nil {
                _ = markers.replaceMarkers(in: marker, owner: .author, line: lines[index].number)
                trace.drop(marker, line: lines[index].number, .footnoteMarker)
            }
            return readMatterAfterByline(from: bylineEnd + 1)
        }
        reportRefusedByline(within: reach)
        return readFrontMatterWithoutByline()
    }

    /// A line under a title that reads as a by-line but for names with no known family name
    /// (a rare surname, a pen name): said, since the article then has no authors.
    private mutating func reportRefusedByline(within reach: Int) {
        for index in 0..<reach where isContent(index) {
            // Two names or more, none of them digits or labels: the shape of a by-line.
            guard !lines[index].content.contains(where: \.isNumber), HeadingRule.numberedStyle(of: lines[index].content) == nil,
                  let names = AuthorLine.parse(lines[index].content, requiringFamilyNames: false)?.names, names.count >= 2,
                  titleLines(before: index) != nil else { continue }
            let unknown = names.filter { !$0.contains("·") && !ChineseSurname.opens($0) }
            trace.diagnostics.append(.warning(.reflow, at: location(index),
                "\(Self.reviewPrefix) 「\(lines[index].content)」 reads like a by-line, but \(unknown.joined(separator: "、")) opens with no "
                + "known family name; no authors taken. If they are the authors, set `authors:` in \(seed.id).yml"))
            return
        }
    }

    /// A line that opens by repeating the end of the line above is the rest of an overprinted
    /// bold title (`OverprintRule`), not a by-line.
    private func continuesOverprintedLine(_ index: Int) -> Bool {
        guard let above = (0..<index).last(where: { !lines[$0].isSpacer }),
              let repeated = OverprintRule.repeatLength(end: lines[above].content, start: lines[index].content) else { return false }
        if repeated >= 2 { return true }
        // One repeated character counts only as part of a chain of them.
        guard let second = (0..<above).last(where: { !lines[$0].isSpacer }) else { return false }
        return OverprintRule.repeatLength(end: lines[second].content, start: lines[above].content) != nil
    }

    func isContent(_ index: Int) -> Bool { !lines[index].isSpacer && !consumed.contains(index) }

    /// Up to three lines right above the by-line that read like a title.
    private func titleLines(before byline: Int) -> Range<Int>? {
        var index = byline - 1
        // A dated record or note between title and by-line is already set aside.
        while index >= 0, lines[index].isSpacer || frontRecords.contains(index) { index -= 1 }
        let end = index + 1
        var start = end
        // Up to three lines, not counting the repeats of an overprinted bold title (`OverprintRule`).
        var counted = 0
        while index >= 0, isContent(index), isTitleLike(lines[index]), !isMasthead(index),
              HeadingRule.numberedStyle(of: lines[index].content) == nil {
            if start == end || OverprintRule.repeatLength(end: lines[index].content, start: lines[start].content) == nil {
                counted += 1
            }
            guard counted <= 3 else { break }
            start = index
            index -= 1
            // A title set large may leave a gap between its lines; across one, the line above
            // still belongs when it is the first thing on the page.
            if index >= 0, lines[index].isSpacer {
                var above = index
                while above >= 0, lines[above].isSpacer { above -= 1 }
                if above >= 0, (0..<above).allSatisfy({ lines[$0].isSpacer || consumed.contains($0) }) { index = above }
            }
        }
        return start < end ? start..<end : nil
    }

    private func isTitleLike(_ line: TextLine) -> Bool {
        !line.isSpacer && !SentenceEnd.endsSentence(line.content) && LabelRule.field(of: line.content) == nil
            && CreditRule.labelRange(in: line.content) == nil && line.content.contains(where: CharacterClass.isIdeograph)
            && line.width <= geometry.fullWidth + 8
    }

    /// A short first line followed by a gap: a publication's name over the article.
    func isMasthead(_ index: Int) -> Bool {
        guard index == lines.firstIndex(where: { !$0.isSpacer }), index + 1 < lines.count, lines[index + 1].isSpacer else {
            return false
        }
        let text = lines[index].content
        return text.count <= 12 && !SentenceEnd.endsWithPunctuation(text) && Self.namesAnOutlet(text)
    }

    /// How the names of publications and publishing bodies end (`遠景論壇`, `中華民國總統府`,
    /// `眾新聞`, `聯合報`), or a Latin name (`BBC`): a title's first words rarely end so
    /// (`變局中` over `奮起的新臺灣` is a title printed on two lines, not a masthead).
    static func namesAnOutlet(_ text: String) -> Bool {
        if text.allSatisfy({ $0.isASCII }) { return text.contains(where: \.isLetter) }
        return outletEndings.contains { text.hasSuffix($0) }
    }

    private static let outletEndings = [
        "報", "报", "刊", "社", "網", "网", "台", "臺", "府", "院", "會", "会", "部", "局", "署", "中心", "研究所",
        "新聞", "新闻", "雜誌", "杂志", "論壇", "论坛", "智庫", "智库", "傳媒", "传媒", "媒體", "媒体", "通訊", "通讯",
        "評論", "评论", "觀察", "观察", "文摘", "之聲", "之声", "之音", "頻道", "频道", "新聞稿", "新闻稿", "論叢", "论丛",
    ]

    /// The name of a bulletin or release series over a title: `總統府新聞稿`, `新闻稿`, `總統府公報`.
    func isSeriesName(_ text: String) -> Bool {
        text.count <= 12 && ["新聞稿", "新闻稿", "公報", "公报", "新聞公報", "新闻公报", "通訊", "通讯", "簡報", "简报"]
            .contains { text.hasSuffix($0) }
    }

    /// The title's lines; from a line opening with a dash (`——在…上的讲话`) they are its subtitle.
    private mutating func readTitle(_ range: Range<Int>) {
        var parts: [String] = []
        var subtitle: [String] = []
        for index in range where isContent(index) {
            let before = markers.marks.count
            let text = markers.replaceMarkers(in: lines[index].content, owner: .title, line: lines[index].number)
            for mark in markers.marks[before...] { trace.drop("[\(mark.number)]", line: mark.line, .footnoteMarker) }
            consumed.insert(index)
            if !parts.isEmpty, subtitle.isEmpty ? FrontLineRule.opensSubtitle(text) : true {
                subtitle.append(text)
            } else {
                parts.append(text)
            }
        }
        draft.title = Self.stripPlaceholders(LineJoiner.join(OverprintRule.withoutRepeats(parts)))
        if !subtitle.isEmpty { draft.subtitle = Self.stripPlaceholders(LineJoiner.join(subtitle)) }
    }

    /// Masthead, image caption and credit, and an abstract printed above the title.
    private mutating func readLeadMatter(before titleStart: Int) {
        var captionLines: [String] = []
        var index = 0
        while index < titleStart {
            defer { index += 1 }
            guard isContent(index) else { continue }
            if isMasthead(index) {
                draft.publication = lines[index].content
                consumed.insert(index)
            } else if let label = LabelRule.field(of: lines[index].content), label.field == .abstract {
                index = readAbstract(from: index, label: label.label, limit: titleStart) - 1
            } else {
                captionLines.append(lines[index].content)
                consumed.insert(index)
            }
        }
        guard !captionLines.isEmpty else { return }
        let caption = CreditRule.split(LineJoiner.join(captionLines))
        draft.imageCaption = caption.caption
        draft.imageCredit = caption.credit
        for label in caption.labels { trace.drop(label, line: 0, .label) }
    }

    /// Affiliation lines, abstract, keywords and first-page notes; returns the first body line.
    private mutating func readMatterAfterByline(from start: Int) -> Int {
        var index = start
        if draft.authorAffiliationNumbers.contains(where: { $0 != nil }) {
            index = readNumberedAffiliations(from: index)
        }
        while index < lines.count, !isContent(index) { index += 1 }
        while index < lines.count, isContent(index), isAffiliation(lines[index]),
              draft.affiliations.count < max(1, draft.authors.count) {
            draft.affiliations.append(SpaceNormalizer.normalize(lines[index].content))
            consumed.insert(index)
            index += 1
            while index < lines.count, !isContent(index), !lines[index].isSpacer { index += 1 }
        }
        while index < lines.count {
            guard isContent(index) else { index += 1; continue }
            let text = lines[index].content
            if let label = LabelRule.field(of: text), label.field == .abstract {
                index = readAbstract(from: index, label: label.label, limit: lines.count)
            } else if let label = LabelRule.field(of: text), label.field == .keywords {
                draft.keywords = LabelRule.keywords(in: label.rest)
                trace.drop(label.label, line: lines[index].number, .label)
                consumed.insert(index)
                index += 1
            } else if let note = FootnoteMarker.noteStart(text), markers.hasPending(note.number) {
                index = readFrontNote(from: index, number: note.number, text: note.body)
            } else {
                return index
            }
        }
        return index
    }

    private func isAffiliation(_ line: TextLine) -> Bool {
        line.width <= geometry.fullWidth * 0.6 && !SentenceEnd.endsWithPunctuation(line.content)
            && HeadingRule.numberedStyle(of: line.content) == nil && LabelRule.field(of: line.content) == nil
            && FootnoteMarker.noteStart(line.content) == nil && !HeadingRule.isNamedHeading(line.content)
    }

    /// An abstract paragraph: from its label to the first short line that ends a sentence.
    private mutating func readAbstract(from start: Int, label: String, limit: Int) -> Int {
        var parts: [String] = []
        var index = start
        while index < limit {
            guard isContent(index) else {
                if lines[index].isSpacer, !parts.isEmpty { break }
                index += 1
                continue
            }
            let line = lines[index]
            if !parts.isEmpty, line.startsPage || AuthorLine.parse(line.content) != nil { break }
            if index > start, let next = LabelRule.field(of: line.content), next.field != .abstract { break }
            if index == start {
                parts.append(String(line.content.dropFirst(label.count)))
            } else if let repeated = LabelRule.field(of: line.content), repeated.field == .abstract, parts.joined().isEmpty {
                // A label on a line of its own, then the same label again before the text (`摘要` / `摘要：本文…`).
                trace.drop(repeated.label, line: line.number, .label)
                parts.append(repeated.rest)
            } else {
                parts.append(line.content)
            }
            consumed.insert(index)
            index += 1
            if geometry.isShort(line), SentenceEnd.endsSentence(line.content) { break }
        }
        trace.drop(label, line: lines[start].number, .label)
        draft.abstract = LineJoiner.join(parts)
        return index
    }

    /// A note on the first page whose marker stands in the title or by-line: funding or author note.
    private mutating func readFrontNote(from start: Int, number: Int, text: String) -> Int {
        markers.openNote(number: number, text: text, line: lines[start].number)
        trace.drop("[\(number)]", line: lines[start].number, .footnoteMarker)
        consumed.insert(start)
        var index = start + 1
        let title = draft.title.map(FurnitureRule.comparable)
        while index < lines.count {
            let line = lines[index]
            if line.isSpacer || consumed.contains(index) || line.startsPage || FurnitureRule.comparable(line.content) == title {
                break
            }
            if let next = FootnoteMarker.noteStart(line.content), markers.hasPending(next.number) { break }
            markers.appendToLastNote(line.content)
            consumed.insert(index)
            index += 1
        }
        return index
    }

    /// Without a by-line, the first short non-sentence line is the title.
    private mutating func readFrontMatterWithoutByline() -> Int {
        for index in 0..<min(lines.count, Self.frontMatterReach) where isContent(index) {
            if let spaced = letterSpacedRun(from: index) {
                readTitle(index..<spaced)
                return spaced
            }
            if isMasthead(index) || isSeriesName(lines[index].content) {
                if draft.publication == nil { draft.publication = lines[index].content }
                consumed.insert(index)
                continue
            }
            // A title set across two columns is wider than a column's measure.
            let spansColumns = lines[index].width >= geometry.fullWidth + 3 && isTitleLike(lines[index])
                && !SentenceEnd.endsWithPunctuation(lines[index].content) && HeadingRule.numberedStyle(of: lines[index].content) == nil
            if isTitleCandidate(lines[index]) || spansColumns {
                let chosen = lines[index]
                // A title may wrap over several lines. What closes it says so: the line addressing
                // an official document's recipients (`各区人民政府：`), or a dated record or note
                // already set aside (`（2019年3月15日…通过）`, `（節錄…）`).
                var end = index + 1
                while end < lines.count, end - index < 4, isContent(end), !lines[end].startsPage,
                      isTitleLike(lines[end]), !FrontLineRule.isAddressee(lines[end].content) { end += 1 }
                let closed = end < lines.count && (FrontLineRule.isAddressee(lines[end].content) || frontRecords.contains(end))
                if end == index + 1 || !closed { end = index + 1 }
                readTitle(index..<end)
                if end == index + 1 { reportUncertainTitle(chosen, after: index) }
                return end
            }
            return index
        }
        return 0
    }

    /// A title set letter-spaced down the page (`糾`, `正`, `案`, `文`): three or more lines of one
    /// ideograph each; returns the index after the run.
    private func letterSpacedRun(from start: Int) -> Int? {
        var index = start
        var count = 0
        while index < lines.count, lines[index].isSpacer || (isContent(index) && lines[index].content.count == 1
                && lines[index].content.allSatisfy(CharacterClass.isIdeograph)) {
            if !lines[index].isSpacer { count += 1 }
            index += 1
        }
        while index > start, lines[index - 1].isSpacer { index -= 1 }
        return count >= 3 ? index : nil
    }

    /// Without a by-line, a title is a short unnumbered line that reads like one.
    private func isTitleCandidate(_ line: TextLine) -> Bool {
        isTitleLike(line) && geometry.isHeadingWidth(line) && HeadingRule.numberedStyle(of: line.content) == nil
    }

    /// With no by-line to anchor it, the title is a guess: say so, with the next line that could
    /// have been the title, and how to settle it.
    private mutating func reportUncertainTitle(_ chosen: TextLine, after index: Int) {
        let runnerUp = (index + 1..<min(lines.count, index + 12)).first { candidate in
            isContent(candidate) && isTitleCandidate(lines[candidate]) && !lines[candidate].startsPage
        }
        let other = runnerUp.map { "; runner-up 「\(lines[$0].content)」 (line \(lines[$0].number))" } ?? ""
        trace.diagnostics.append(.warning(.reflow, at: location(index),
            "\(Self.reviewPrefix) title chosen without a by-line under it: 「\(chosen.content)」\(other); no authors found. "
            + "If wrong, set `title:` and `authors:` in \(seed.id).yml"))
    }

    /// Warnings that open with this ask an editor to check what the converter chose.
    public static let reviewPrefix = "review:"

    static func stripPlaceholders(_ text: String) -> String {
        var output = ""
        var skipping = false
        for character in text {
            if character == MarkerLedger.placeholderStart { skipping = true; continue }
            if character == MarkerLedger.placeholderEnd { skipping = false; continue }
            if !skipping { output.append(character) }
        }
        return output.trimmingSpaces()
    }
}
