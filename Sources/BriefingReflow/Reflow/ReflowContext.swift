import BriefingCore

/// What a conversion learns as it goes: dropped text with reasons, and diagnostics.
struct ReflowTrace: Sendable {
    var dropped: [DroppedText] = []
    var diagnostics: [Diagnostic] = []

    mutating func drop(_ line: TextLine, _ reason: DroppedText.Reason) {
        dropped.append(DroppedText(line: line.number, text: line.content, reason: reason))
    }

    mutating func drop(_ text: String, line: Int, _ reason: DroppedText.Reason) {
        dropped.append(DroppedText(line: line, text: text, reason: reason))
    }
}

/// Text the converter removed on purpose, kept so tests can prove nothing else was lost.
public struct DroppedText: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        case pageNumber, issueLine, runningHeader, masthead, organisationFooter, promotionalByline
        case duplicateBlurb, label, footnoteMarker
    }

    public var line: Int
    public var text: String
    public var reason: Reason
}
