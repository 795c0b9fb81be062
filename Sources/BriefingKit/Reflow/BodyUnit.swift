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

    var joinedText: String { LineJoiner.join(texts) }

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

    static func inlines(from text: String, ledger: MarkerLedger) -> [Inline] {
        var inlines: [Inline] = []
        var buffer = ""
        var digits: String?
        for character in text {
            if character == MarkerLedger.placeholderStart {
                if !buffer.isEmpty { inlines.append(.text(buffer)); buffer = "" }
                digits = ""
            } else if character == MarkerLedger.placeholderEnd, let id = digits.flatMap(Int.init) {
                let mark = ledger.marks[id]
                let printed = "[\(mark.number)]"
                if let note = ledger.noteOfMark[id], let label = ledger.labels[note] {
                    inlines.append(.footnoteReference(label: label, marker: printed))
                } else {
                    inlines.append(.unresolvedMarker(printed))
                }
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
