import Foundation

/// The OpenCC configurations a build needs, each loaded once: Taiwan Traditional with Taiwan
/// phrasing (`s2twp`), mainland Simplified with mainland phrasing (`tw2sp`), and the plain
/// character mappings used to detect which script a text is in.
public final class ScriptConverter: @unchecked Sendable {
    public let toTraditional: OpenCCConverter
    public let toSimplified: OpenCCConverter
    private let traditionalToSimplified: OpenCCConverter
    private let simplifiedToTraditional: OpenCCConverter
    private let foldLock = NSLock()
    private var foldedCharacters: [Character: Character] = [:]

    public init() throws(DiagnosticError) {
        toTraditional = try OpenCCConverter(configuration: "s2twp.json")
        toSimplified = try OpenCCConverter(configuration: "tw2sp.json")
        traditionalToSimplified = try OpenCCConverter(configuration: "t2s.json")
        simplifiedToTraditional = try OpenCCConverter(configuration: "s2t.json")
    }

    /// The text in `script`, converted from `original` (returned unchanged when they are the same).
    public func convert(_ text: String, from original: Script, to script: Script) -> String {
        guard original != script else { return text }
        return script == .traditional ? toTraditional.convert(text) : toSimplified.convert(text)
    }

    /// Traditional when more characters change under Traditional→Simplified than the reverse.
    public func detectScript(of text: String) -> Script {
        let sample = String(text.prefix(4000))
        let traditionalOnly = changedCharacters(sample, traditionalToSimplified.convert(sample))
        let simplifiedOnly = changedCharacters(sample, simplifiedToTraditional.convert(sample))
        return traditionalOnly >= simplifiedOnly && traditionalOnly > 0 ? .traditional : .simplified
    }

    /// The text folded for matching, one character for each input character: Traditional
    /// characters become Simplified, Latin letters lower case, and middle-dot variants `·`.
    public func fold(_ text: String) -> [Character] {
        text.map { foldCharacter($0) }
    }

    /// One character folded as `fold(_:)` does.
    public func foldCharacter(_ character: Character) -> Character {
        if character.isASCII { return Character(character.lowercased()) }
        if "・•‧∙".contains(character) { return "·" }
        foldLock.lock()
        defer { foldLock.unlock() }
        if let known = foldedCharacters[character] { return known }
        let converted = traditionalToSimplified.convert(String(character))
        let folded = converted.count == 1 ? converted.first! : character
        foldedCharacters[character] = folded
        return folded
    }

    private func changedCharacters(_ original: String, _ converted: String) -> Int {
        zip(original.unicodeScalars, converted.unicodeScalars).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }
}
