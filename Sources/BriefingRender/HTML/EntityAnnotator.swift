import BriefingCore
import CCmarkGFM

/// Marks entity mentions in a parsed Markdown tree: every mention becomes an element with
/// `data-entity="ID"`, and the first mention of an entity in each section (between headings)
/// links to the entity's page. Text inside links, code, raw HTML and footnote bodies is left alone.
///
/// The marks are cmark custom-inline nodes, so the renderer keeps its safe mode: raw HTML from
/// a seed is still never passed through.
public struct EntityAnnotator: Sendable {
    public var matcher: EntityMatcher
    /// The relative path from the page to the `entities/` folder, e.g. `../../entities/`.
    public var entitiesPath: String

    /// For the converted column: each entity's name as the column's region writes it (川普 in the
    /// Traditional column, 特朗普 in the Simplified one) and, folded, the other region's name it
    /// replaces. A mark whose text is that other name carries the regional one as `data-regional`,
    /// for the optional regional-vocabulary view; short forms and English glosses are left alone.
    public var regionalNames: [String: (name: String, replaces: String)]

    public init(matcher: EntityMatcher, entitiesPath: String, regionalNames: [String: (name: String, replaces: String)] = [:]) {
        self.matcher = matcher
        self.entitiesPath = entitiesPath
        self.regionalNames = regionalNames
    }

    private struct Target {
        var node: OpaquePointer
        var section: Int
        var linkable: Bool
    }

    /// Annotates the tree under `document` and returns the mentions in document order.
    func annotate(_ document: OpaquePointer) -> [EntityMention] {
        guard !matcher.isEmpty else { return [] }
        var mentions: [EntityMention] = []
        var linked: Set<String> = []
        var currentSection = 0
        for target in targets(in: document) {
            if target.section != currentSection {
                currentSection = target.section
                linked = []
            }
            mentions += annotate(target, linked: &linked)
        }
        return mentions
    }

    private func targets(in document: OpaquePointer) -> [Target] {
        var targets: [Target] = []
        var section = 0
        var skipDepth = 0
        var headingDepth = 0
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_FOOTNOTE_DEFINITION, CMARK_NODE_CUSTOM_INLINE:
                skipDepth += entering ? 1 : -1
            case CMARK_NODE_HEADING:
                if entering { section += 1 }
                headingDepth += entering ? 1 : -1
            case CMARK_NODE_TEXT where entering && skipDepth == 0:
                targets.append(Target(node: node, section: section, linkable: headingDepth == 0))
            default:
                break
            }
        }
        return targets
    }

    private func annotate(_ target: Target, linked: inout Set<String>) -> [EntityMention] {
        guard let literal = cmark_node_get_literal(target.node) else { return [] }
        let text = String(cString: literal)
        let found = matcher.locate(in: text, context: 24)
        guard !found.isEmpty else { return [] }
        let utf8 = text.utf8
        // Matches fall on character boundaries, so their byte offsets index the text directly.
        func piece(_ bytes: Range<Int>) -> String {
            String(text[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)])
        }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(found.count)
        var cursor = 0
        for match in found {
            if match.bytes.lowerBound > cursor {
                insert(textNode(piece(cursor..<match.bytes.lowerBound)), before: target.node)
            }
            let surface = piece(match.bytes)
            let links = target.linkable && linked.insert(match.entityID).inserted
            insert(mark(surface, entityID: match.entityID, links: links), before: target.node)
            mentions.append(EntityMention(entityID: match.entityID, surface: surface, context: piece(match.context)))
            cursor = match.bytes.upperBound
        }
        cmark_node_set_literal(target.node, piece(cursor..<utf8.count))
        return mentions
    }

    private func textNode(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return node
    }

    private func mark(_ surface: String, entityID: String, links: Bool) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        // Entity ids are checked slugs, so they are safe inside attributes; gazetteer names are escaped.
        var attributes = "class=\"entity\" data-entity=\"\(entityID)\""
        if let regional = regionalNames[entityID], matcher.folded(surface) == regional.replaces {
            attributes += " data-regional=\"\(XMLText.escape(regional.name))\""
        }
        if links {
            cmark_node_set_on_enter(node, "<a \(attributes) href=\"\(entitiesPath)\(entityID)/\">")
            cmark_node_set_on_exit(node, "</a>")
        } else {
            cmark_node_set_on_enter(node, "<span \(attributes)>")
            cmark_node_set_on_exit(node, "</span>")
        }
        cmark_node_append_child(node, textNode(surface))
        return node
    }

    private func insert(_ node: OpaquePointer, before sibling: OpaquePointer) {
        cmark_node_insert_before(sibling, node)
    }
}

