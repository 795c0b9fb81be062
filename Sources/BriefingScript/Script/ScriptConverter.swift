import BriefingCore
import Foundation
import Synchronization

/// The OpenCC configurations a build needs, each loaded once: Taiwan Traditional with Taiwan
/// phrasing (`s2twp`), mainland Simplified with mainland phrasing (`tw2sp`), and the plain
/// character mappings used to detect which script a text is in.
public final class ScriptConverter: Sendable {
    public let toTraditional: OpenCCConverter
    public let toSimplified: OpenCCConverter
    private let traditionalToSimplified: OpenCCConverter
    private let simplifiedToTraditional: OpenCCConverter
    /// Characters beyond the Basic Multilingual Plane folded so far.
    private let foldedCharacters = Mutex<[Character: Character]>([:])
    /// Traditional→Simplified for the Basic Multilingual Plane, built once when the converter
    /// loads, so folding (done for every character matched or indexed) needs no lock and no call
    /// into OpenCC. Zero means "unchanged".
    private let basicPlaneFold: [UInt16]
    /// For each Basic Multilingual Plane character, whether Traditional→Simplified (bit 0) or
    /// Simplified→Traditional (bit 1) changes it on its own: script detection reads this table
    /// instead of converting a sample of every article twice through OpenCC.
    private let changes: [UInt8]

    /// The OpenCC configurations loaded, by name.
    static let configurations = ["s2twp.json", "tw2sp.json", "t2s.json", "s2t.json"]

    /// Every OpenCC configuration and dictionary file this converter reads.
    public var dataFiles: [String] {
        Array(Set(Self.configurations.flatMap(OpenCCConverter.dataFiles(of:)))).sorted()
    }

    public init() throws(DiagnosticError) {
        toTraditional = try OpenCCConverter(configuration: "s2twp.json")
        toSimplified = try OpenCCConverter(configuration: "tw2sp.json")
        traditionalToSimplified = try OpenCCConverter(configuration: "t2s.json")
        basicPlaneFold = Self.foldTable(traditionalToSimplified)
        simplifiedToTraditional = try OpenCCConverter(configuration: "s2t.json")
        changes = Self.changeTable(traditionalToSimplified: traditionalToSimplified, simplifiedToTraditional: simplifiedToTraditional)
    }

    /// The text in `script`, converted from `original` (returned unchanged when they are the same).
    public func convert(_ text: String, from original: Script, to script: Script) -> String {
        guard original != script else { return text }
        return script == .traditional ? toTraditional.convert(text) : toSimplified.convert(text)
    }

    /// Traditional when more characters of the opening (4,000 characters) change under
    /// Traditional→Simplified than under the reverse, each character judged on its own.
    public func detectScript(of text: String) -> Script {
        var traditionalOnly = 0, simplifiedOnly = 0, seen = 0
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 4000 { break }
            guard scalar.value < 0x10000 else { continue }
            let change = changes[Int(scalar.value)]
            traditionalOnly += Int(change & 1)
            simplifiedOnly += Int(change >> 1)
        }
        return traditionalOnly >= simplifiedOnly && traditionalOnly > 0 ? .traditional : .simplified
    }

    /// The text folded for matching, one character for each input character: Traditional
    /// characters become Simplified, Latin letters lower case, and middle-dot variants `·`.
    public func fold(_ text: String) -> [Character] {
        text.map { foldCharacter($0) }
    }

    /// One character folded as `fold(_:)` does.
    ///
    /// Runs for every ideograph indexed, so a Character's scalars are decoded once: the first, and
    /// whether there is a second.
    public func foldCharacter(_ character: Character) -> Character {
        var scalars = character.unicodeScalars.makeIterator()
        if let value = scalars.next()?.value, scalars.next() == nil {
            if value < 0x80 { return value >= 0x41 && value <= 0x5A ? Character(Unicode.Scalar(value + 0x20)!) : character }
            switch value {
            case 0x30FB, 0x2022, 0x2027, 0x2219: return "·"  // ・ • ‧ ∙
            default: break
            }
            if value < 0x10000 {
                let folded = basicPlaneFold[Int(value)]
                return folded == 0 ? character : Character(Unicode.Scalar(folded)!)
            }
        }
        if let known = foldedCharacters.withLock({ $0[character] }) { return known }
        let converted = traditionalToSimplified.convert(String(character))
        let folded = converted.count == 1 ? converted.first! : character
        foldedCharacters.withLock { $0[character] = folded }
        return folded
    }

    /// Converts every CJK character of the Basic Multilingual Plane in one OpenCC call per block
    /// (characters separated by newlines, so no phrase spans two of them).
    private static func foldTable(_ converter: OpenCCConverter) -> [UInt16] {
        var table = [UInt16](repeating: 0, count: 0x10000)
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            // Compatibility ideographs are canonically the unified ones: convert those.
            let characters = range.compactMap(Unicode.Scalar.init).map(Character.init)
                .map { Character(String($0).precomposedStringWithCanonicalMapping) }
            let converted = convertEach(characters.map(String.init), with: converter)
            for (original, result) in zip(characters, converted) where result.count == 1 && result != String(original) {
                let folded = result.unicodeScalars.first!.value
                if folded < 0x10000 { table[Int(original.unicodeScalars.first!.value)] = UInt16(folded) }
            }
            if range.lowerBound == 0xF900 {
                for value in range where table[value] == 0 {
                    guard let scalar = Unicode.Scalar(value),
                          let unified = String(Character(scalar)).precomposedStringWithCanonicalMapping.unicodeScalars.first,
                          unified.value < 0x10000, unified.value != UInt32(value) else { continue }
                    table[value] = table[Int(unified.value)]
                }
            }
        }
        return table
    }

    /// Each text converted on its own, in one OpenCC call (one text per line, so no phrase spans
    /// two); when the batch does not come back line for line (some compatibility ideographs do
    /// not survive it), one call each.
    private static func convertEach(_ texts: [String], with converter: OpenCCConverter) -> [String] {
        let converted = converter.convert(texts.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        return converted.count == texts.count ? converted.map(String.init) : texts.map { converter.convert($0) }
    }

    /// One OpenCC call per direction over every CJK character of the Basic Multilingual Plane,
    /// one per line so no phrase spans two.
    private static func changeTable(traditionalToSimplified: OpenCCConverter,
                                    simplifiedToTraditional: OpenCCConverter) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: 0x10000)
        let scalars = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF].joined().compactMap(Unicode.Scalar.init)
        for (bit, converter) in [(UInt8(1), traditionalToSimplified), (UInt8(2), simplifiedToTraditional)] {
            let results = convertEach(scalars.map { String($0) }, with: converter)
            for (scalar, result) in zip(scalars, results) where result.unicodeScalars.first != scalar {
                table[Int(scalar.value)] |= bit
            }
        }
        return table
    }
}
