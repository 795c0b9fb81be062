import BriefingCore
import BriefingReflow
import Foundation
import Yams

/// The human-edited list of entities from `seeds/entities.yml`, checked as a whole: every problem
/// names the file and the entry, so one run reports them all.
public struct Gazetteer: Sendable {
    public var entities: [Entity]
    private let index: [String: Int]

    public init(entities: [Entity]) {
        self.entities = entities
        index = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let empty = Gazetteer(entities: [])

    public func entity(_ id: String) -> Entity? { index[id].map { entities[$0] } }

    /// Reads `entities.yml`; a missing file is an empty gazetteer.
    public static func read(folder: String) throws(DiagnosticError) -> Gazetteer {
        let path = "\(folder)/entities.yml"
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        return try parse(try TextDecoder.decode(try SeedReader.bytes(at: path), path: path), path: path)
    }

    public static func parse(_ yaml: String, path: String) throws(DiagnosticError) -> Gazetteer {
        let loaded: Any?
        do { loaded = try Yams.load(yaml: yaml) } catch {
            throw DiagnosticError([.error(.entities, at: SourceLocation(file: path), "YAML does not parse: \(error)")])
        }
        guard let list = (loaded ?? []) as? [Any] else {
            throw DiagnosticError([.error(.entities, at: SourceLocation(file: path), "the gazetteer must be a YAML list of entries (`- id: …`)")])
        }
        var entities: [Entity] = []
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (offset, item) in list.enumerated() {
            let entry = EntryReader(item: item, number: offset + 1, path: path)
            let entity = entry.entity()
            problems += entry.problems
            guard let id = entry.fields["id"] as? String else { continue }
            if let first = seen[id] {
                problems.append(.error(.entities, at: SourceLocation(file: path),
                    "entry \(offset + 1) (`\(id)`): id is already used by entry \(first); ids must be unique"))
            } else {
                seen[id] = offset + 1
                if let entity { entities.append(entity) }
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Gazetteer(entities: entities)
    }
}


/// Reads one gazetteer entry and collects what is wrong with it.
private final class EntryReader {
    let fields: [String: Any]
    let label: String
    let path: String
    var problems: [Diagnostic] = []
    static let known: Set<String> = ["id", "type", "english", "names", "aliases", "description", "wikipedia", "not_in"]

    init(item: Any, number: Int, path: String) {
        fields = item as? [String: Any] ?? [:]
        let id = fields["id"] as? String
        label = "entry \(number)" + (id.map { " (`\($0)`)" } ?? "")
        self.path = path
        if item as? [String: Any] == nil { fail("must be a mapping with id, type, english, names and description") }
    }

    func fail(_ message: String) {
        problems.append(.error(.entities, at: SourceLocation(file: path), "\(label): \(message)"))
    }

    func entity() -> Entity? {
        for key in fields.keys.sorted() where !Self.known.contains(key) {
            fail("unknown field `\(key)`; expected one of: \(Self.known.sorted().joined(separator: ", "))")
        }
        let id = fields["id"] as? String
        if let id, !SlugRule.isSafe(id) { fail("id must be lower-case letters, digits and hyphens, such as `marco-rubio`") }
        if id == nil { fail("needs an `id`") }
        let kind = (fields["type"] as? String).flatMap(Entity.Kind.init(rawValue:))
        if kind == nil { fail("`type` must be one of: \(Entity.Kind.allCases.map(\.rawValue).joined(separator: ", "))") }
        let english = fields["english"] as? String
        if english?.isEmpty ?? true { fail("needs an `english` name") }
        let names = scripted("names")
        if names.count != 2 { fail("`names` needs both `Hant:` and `Hans:`") }
        let aliases = (fields["aliases"] as? [Any])?.compactMap { $0 as? String } ?? []
        if fields["aliases"] != nil, aliases.count != (fields["aliases"] as? [Any])?.count { fail("`aliases` must be a list of names") }
        for alias in aliases where alias.count < 2 { fail("alias `\(alias)` is a single character; it would match inside other words") }
        let descriptions = scripted("description")
        let notIn = (fields["not_in"] as? [Any])?.compactMap { $0 as? String } ?? []
        if fields["not_in"] != nil, notIn.count != (fields["not_in"] as? [Any])?.count { fail("`not_in` must be a list of phrases") }
        guard problems.isEmpty, let id, let kind, let english else { return nil }
        return Entity(id: id, kind: kind, english: english, names: names, aliases: aliases, descriptions: descriptions,
                      wikipedia: fields["wikipedia"] as? String, notIn: notIn)
    }

    private func scripted(_ key: String) -> [Script: String] {
        guard let value = fields[key] as? [String: Any] else { return [:] }
        var result: [Script: String] = [:]
        for script in Script.allCases {
            if let text = value[script.rawValue] as? String, !text.isEmpty { result[script] = text }
        }
        return result
    }
}
