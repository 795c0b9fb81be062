import BriefingCore
import Yams

/// Reads and writes article metadata as YAML front matter, in a fixed key order.
public enum FrontMatterCodec {
    static let knownKeys: [String] = [
        "title", "subtitle", "slug", "script", "date", "authors", "source", "abstract", "keywords", "tags",
        "image_caption", "image_credit", "funding", "english",
    ]

    // MARK: Writing

    public static func yaml(for metadata: ArticleMetadata) -> String {
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: Node?) { if let value { pairs.append((Node(key), value)) } }
        add("title", Node(metadata.title))
        add("subtitle", metadata.subtitle.map { Node($0) })
        add("slug", Node(metadata.slug))
        add("script", Node(metadata.script.rawValue))
        add("date", metadata.date.map { Node($0) })
        add("authors", metadata.authors.isEmpty ? nil : Node(metadata.authors.map(authorNode)))
        add("source", sourceNode(metadata.source))
        add("abstract", metadata.abstract.map { Node($0) })
        add("keywords", metadata.keywords.isEmpty ? nil : Node(metadata.keywords.map { Node($0) }))
        add("tags", metadata.tags.isEmpty ? nil : Node(metadata.tags.map { Node($0) }))
        add("image_caption", metadata.imageCaption.map { Node($0) })
        add("image_credit", metadata.imageCredit.map { Node($0) })
        add("funding", metadata.funding.map { Node($0) })
        add("english", englishNode(metadata.english))
        let node = Node.mapping(Node.Mapping(pairs))
        // Serialising plain strings and lists cannot fail; an empty document is the safe fallback.
        return (try? Yams.serialize(node: node, width: -1, allowUnicode: true)) ?? "{}\n"
    }

    private static func authorNode(_ author: Author) -> Node {
        var pairs: [(Node, Node)] = [(Node("name"), Node(author.name))]
        if let affiliation = author.affiliation { pairs.append((Node("affiliation"), Node(affiliation))) }
        return Node.mapping(Node.Mapping(pairs))
    }

    private static func sourceNode(_ source: Source) -> Node? {
        let pairs: [(Node, Node)] = [
            ("publication", source.publication), ("issue", source.issue), ("publisher", source.publisher), ("url", source.url),
        ].compactMap { key, value in value.map { (Node(key), Node($0)) } }
        return pairs.isEmpty ? nil : Node.mapping(Node.Mapping(pairs))
    }

    private static func englishNode(_ english: EnglishMetadata) -> Node? {
        var pairs: [(Node, Node)] = []
        if let title = english.title { pairs.append((Node("title"), Node(title))) }
        if !english.authors.isEmpty { pairs.append((Node("authors"), Node(english.authors.map { Node($0) }))) }
        if let abstract = english.abstract { pairs.append((Node("abstract"), Node(abstract))) }
        if !english.keywords.isEmpty { pairs.append((Node("keywords"), Node(english.keywords.map { Node($0) }))) }
        return pairs.isEmpty ? nil : Node.mapping(Node.Mapping(pairs))
    }
}
