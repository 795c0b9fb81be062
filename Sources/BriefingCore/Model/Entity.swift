/// A person, organisation, place, country, event or document the archive links to its own page.
public struct Entity: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Encodable {
        case person, organisation, place, country, event, document
    }

    /// Unique slug, also the `data-entity` value on every mention and the page's folder name.
    public var id: String
    public var kind: Kind
    public var english: String
    /// The preferred name in each script: Traditional as Taiwan writes it, Simplified as the mainland does.
    public var names: [Script: String]
    /// Other forms used for the entity, in either script (full names, short forms, transliterations).
    public var aliases: [String]
    public var descriptions: [Script: String]
    /// The English Wikipedia article title, when there is one.
    public var wikipedia: String?
    /// Phrases in which a name of the entity is not a mention of it (`杰克逊现实主义` is a doctrine,
    /// not Andrew Jackson); the matcher skips such a phrase whole.
    public var notIn: [String]

    public init(id: String, kind: Kind, english: String, names: [Script: String], aliases: [String] = [],
                descriptions: [Script: String] = [:], wikipedia: String? = nil, notIn: [String] = []) {
        self.id = id
        self.kind = kind
        self.english = english
        self.names = names
        self.aliases = aliases
        self.descriptions = descriptions
        self.wikipedia = wikipedia
        self.notIn = notIn
    }

    /// Every written form that refers to the entity: both preferred names, aliases and the English name.
    public var allNames: [String] {
        var seen = Set<String>()
        return ([names[.traditional], names[.simplified]].compactMap { $0 } + aliases + [english])
            .filter { seen.insert($0).inserted }
    }
}

/// One mention of an entity in an article's body, with a little context for entity pages.
public struct EntityMention: Sendable, Hashable {
    public var entityID: String
    public var surface: String
    public var context: String

    package init(entityID: String, surface: String, context: String) {
        self.entityID = entityID
        self.surface = surface
        self.context = context
    }
}

/// What an article says of one entity, kept after its page is built: how often it is mentioned,
/// the words first used, and up to two quoted contexts for the entity page.
public struct MentionSummary: Sendable, Hashable {
    public var entityID: String
    public var count: Int
    public var surface: String
    public var contexts: [String]

    /// One summary per entity, in order of first mention.
    public static func summarise(_ mentions: [EntityMention]) -> [MentionSummary] {
        var order: [String] = []
        var byID: [String: MentionSummary] = [:]
        for mention in mentions {
            if var summary = byID[mention.entityID] {
                summary.count += 1
                if summary.contexts.count < 2 { summary.contexts.append(mention.context) }
                byID[mention.entityID] = summary
            } else {
                order.append(mention.entityID)
                byID[mention.entityID] = MentionSummary(entityID: mention.entityID, count: 1, surface: mention.surface,
                                                        contexts: [mention.context])
            }
        }
        return order.map { byID[$0]! }
    }

    package init(entityID: String, count: Int, surface: String, contexts: [String]) {
        self.entityID = entityID
        self.count = count
        self.surface = surface
        self.contexts = contexts
    }
}
