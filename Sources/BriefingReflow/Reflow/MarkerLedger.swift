import BriefingCore

/// Footnote markers found in the text and the note bodies they resolve to.
///
/// A note body `[n]` resolves to the most recent unresolved marker `[n]` before it, which is right
/// both for journals that restart numbering on every page and for those that number continuously.
struct MarkerLedger: Sendable {
    enum Owner: Sendable { case body, title, author }

    struct Mark: Sendable {
        var number: Int
        var owner: Owner
        var line: Int
        /// The marker as printed (`[3]`, `③`), shown as it is when no note resolves it.
        var printed: String
    }

    struct Note: Sendable {
        var number: Int
        var texts: [String]
        var line: Int
    }

    private(set) var marks: [Mark] = []
    private(set) var notes: [Note] = []
    private(set) var noteOfMark: [Int: Int] = [:]
    private var pending: [Int: [Int]] = [:]
    /// Footnote labels by note index, assigned in order of first reference.
    var labels: [Int: String] = [:]

    static let placeholderStart: Character = "\u{E000}"
    static let placeholderEnd: Character = "\u{E001}"

    /// Records a marker and returns the placeholder that stands for it in the text.
    mutating func record(number: Int, owner: Owner, line: Int, printed: String? = nil) -> String {
        marks.append(Mark(number: number, owner: owner, line: line, printed: printed ?? "[\(number)]"))
        pending[number, default: []].append(marks.count - 1)
        return "\(Self.placeholderStart)\(marks.count - 1)\(Self.placeholderEnd)"
    }

    func hasPending(_ number: Int) -> Bool { !(pending[number]?.isEmpty ?? true) }

    var lastNoteNumber: Int { notes.last?.number ?? 0 }

    /// Opens a note body; page notes take the latest pending marker, endnotes the earliest.
    mutating func openNote(number: Int, text: String, line: Int, isEndnote: Bool = false) {
        notes.append(Note(number: number, texts: [text], line: line))
        guard var waiting = pending[number], !waiting.isEmpty else { return }
        let mark = isEndnote ? waiting.removeFirst() : waiting.removeLast()
        pending[number] = waiting
        noteOfMark[mark] = notes.count - 1
    }

    mutating func appendToLastNote(_ text: String) {
        guard !notes.isEmpty else { return }
        notes[notes.count - 1].texts.append(text)
    }

    /// Replaces every `[n]` in a line with a placeholder and records it.
    ///
    /// Runs on every body line. A marker is ASCII, and an ASCII byte never occurs inside a longer
    /// UTF-8 sequence: a line without a `[` byte has none, and a line whose scalars all stand alone
    /// (`CharacterClass.standsAlone`), so that Characters are scalars, is searched byte by byte.
    /// Other lines are searched a Character at a time.
    mutating func replaceMarkers(in text: String, owner: Owner, line: Int) -> String {
        let circled = FootnoteMarker.containsCircledDigit(text)
        guard circled || text.utf8.contains(UInt8(ascii: "[")) else { return text }
        guard !circled, text.unicodeScalars.allSatisfy(CharacterClass.standsAlone) else {
            return replaceMarkerCharacters(in: text, owner: owner, line: line)
        }
        let bytes = Array(text.utf8)
        var output = ""
        output.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var cursor = index + 1
            var number = 0
            while cursor < bytes.count, cursor - index <= 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            guard cursor > index + 1, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "]") else {
                index += 1
                continue
            }
            output += String(decoding: bytes[copied..<index], as: UTF8.self)
            output += record(number: number, owner: owner, line: line)
            index = cursor + 1
            copied = index
        }
        output += String(decoding: bytes[copied...], as: UTF8.self)
        return output
    }

    /// `replaceMarkers` a Character at a time, for lines in which scalars may join.
    mutating func replaceMarkerCharacters(in text: String, owner: Owner, line: Int) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            if let found = FootnoteMarker.marker(in: characters, at: index) {
                output += record(number: found.number, owner: owner, line: line, printed: String(characters[index..<found.end]))
                index = found.end
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }
}
