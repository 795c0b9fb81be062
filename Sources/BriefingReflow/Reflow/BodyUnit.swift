import BriefingCore

/// A body block while it is being assembled: its kind and the lines it spans.
struct BodyUnit: Sendable {
    enum Kind: Sendable, Equatable {
        case paragraph
        case editorNote
        case numberedHeading(HeadingStyle)
        case plainHeading
    }

    var kind: Kind
    var texts: [String]
    var location: SourceLocation

    var isParagraph: Bool { kind == .paragraph }
    var isHeading: Bool {
        switch kind {
        case .numberedHeading, .plainHeading: return true
        case .paragraph, .editorNote: return false
        }
    }

    var joinedText: String { StructureLabelRule.join(texts, isHeading: isHeading) }

    /// The block, with placeholders turned into footnote references or visible markers.
    func block(level: Int, resolving ledger: MarkerLedger) -> Block {
        let blockKind: Block.Kind
        switch kind {
        case .paragraph: blockKind = .paragraph
        case .editorNote: blockKind = .editorNote
        case .numberedHeading, .plainHeading: blockKind = .heading(level: level)
        }
        return Block(blockKind, Self.inlines(from: joinedText, ledger: ledger), at: location)
    }

    /// Text runs and the markers whose placeholders stand between them. When every scalar stands
    /// alone (`CharacterClass.standsAlone`) Characters are scalars, so the placeholders are found
    /// as their UTF-8 bytes and the runs copied whole; other text is read a Character at a time.
    static func inlines(from text: String, ledger: MarkerLedger) -> [Inline] {
        guard text.unicodeScalars.allSatisfy(CharacterClass.standsAlone) else {
            return characterInlines(from: text, ledger: ledger)
        }
        var inlines: [Inline] = []
        let bytes = text.utf8
        // The start of the text run, or of the digits after a placeholder start.
        var start = bytes.startIndex
        var inDigits = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            // U+E000 and U+E001 are EE 80 80 and EE 80 81.
            guard bytes[index] == 0xEE, case let second = bytes.index(after: index), bytes[second] == 0x80,
                  case let third = bytes.index(after: second), bytes[third] & 0xFE == 0x80 else {
                index = bytes.index(after: index)
                continue
            }
            let after = bytes.index(after: third)
            if bytes[third] == 0x80 {
                if !inDigits, start < index { inlines.append(.text(String(text[start..<index]))) }
                inDigits = true
                start = after
            } else if inDigits, let id = Int(text[start..<index]) {
                inlines.append(marker(id, ledger: ledger))
                inDigits = false
                start = after
            }
            index = after
        }
        if !inDigits, start < index { inlines.append(.text(String(text[start..<index]))) }
        return inlines
    }

    private static func marker(_ id: Int, ledger: MarkerLedger) -> Inline {
        let mark = ledger.marks[id]
        let printed = mark.printed
        if let note = ledger.noteOfMark[id], let label = ledger.labels[note] {
            return .footnoteReference(label: label, marker: printed)
        }
        return .unresolvedMarker(printed)
    }

    /// `inlines(from:ledger:)` a Character at a time, for text in which scalars may join.
    static func characterInlines(from text: String, ledger: MarkerLedger) -> [Inline] {
        var inlines: [Inline] = []
        var buffer = ""
        var digits: String?
        for character in text {
            if character == MarkerLedger.placeholderStart {
                if !buffer.isEmpty { inlines.append(.text(buffer)); buffer = "" }
                digits = ""
            } else if character == MarkerLedger.placeholderEnd, let id = digits.flatMap(Int.init) {
                inlines.append(marker(id, ledger: ledger))
                digits = nil
            } else if digits != nil {
                digits?.append(character)
            } else {
                buffer.append(character)
            }
        }
        if !buffer.isEmpty { inlines.append(.text(buffer)) }
        return inlines
    }
}

extension Block {
    /// The block's text with footnote markers as printed.
    public var plainText: String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return text
            case .footnoteReference(_, let marker), .unresolvedMarker(let marker): return marker
            }
        }.joined()
    }
}
