/// The writing system an article was written in.
public enum Script: String, Sendable, Hashable, CaseIterable, Encodable {
    case traditional = "Hant"
    case simplified = "Hans"

    /// The BCP 47 tag browsers use to pick the right glyphs.
    public var languageTag: String { self == .traditional ? "zh-Hant-TW" : "zh-Hans-CN" }

    public var other: Script { self == .traditional ? .simplified : .traditional }
}

/// One author of an article, with the affiliation printed under the name when there is one.
public struct Author: Sendable, Hashable {
    public var name: String
    public var affiliation: String?

    public init(name: String, affiliation: String? = nil) {
        self.name = name
        self.affiliation = affiliation
    }
}

/// Where an article was published, as far as its text shows.
public struct Source: Sendable, Hashable {
    public var publication: String?
    public var issue: String?
    public var publisher: String?
    public var url: String?

    public init(publication: String? = nil, issue: String? = nil, publisher: String? = nil, url: String? = nil) {
        self.publication = publication
        self.issue = issue
        self.publisher = publisher
        self.url = url
    }

    public var isEmpty: Bool { publication == nil && issue == nil && publisher == nil && url == nil }
}

/// The English title, authors, abstract and keywords some journals print after the article.
public struct EnglishMetadata: Sendable, Hashable {
    public var title: String?
    public var authors: [String]
    public var abstract: String?
    public var keywords: [String]

    public init(title: String? = nil, authors: [String] = [], abstract: String? = nil, keywords: [String] = []) {
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.keywords = keywords
    }

    public var isEmpty: Bool { title == nil && authors.isEmpty && abstract == nil && keywords.isEmpty }
}

/// Everything an article says about itself; it becomes the YAML front matter.
public struct ArticleMetadata: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var slug: String
    public var script: Script
    public var authors: [Author]
    public var source: Source
    /// Only a date the text (or the sidecar) states, as written there; never the build time.
    public var date: String?
    public var abstract: String?
    public var keywords: [String]
    public var tags: [String]
    public var imageCaption: String?
    public var imageCredit: String?
    public var funding: String?
    public var english: EnglishMetadata

    public init(
        title: String, subtitle: String? = nil, slug: String, script: Script, authors: [Author] = [],
        source: Source = Source(), date: String? = nil, abstract: String? = nil, keywords: [String] = [],
        tags: [String] = [], imageCaption: String? = nil, imageCredit: String? = nil, funding: String? = nil,
        english: EnglishMetadata = EnglishMetadata()
    ) {
        self.title = title
        self.subtitle = subtitle
        self.slug = slug
        self.script = script
        self.authors = authors
        self.source = source
        self.date = date
        self.abstract = abstract
        self.keywords = keywords
        self.tags = tags
        self.imageCaption = imageCaption
        self.imageCredit = imageCredit
        self.funding = funding
        self.english = english
    }
}

/// A run of body text: plain text, a reference to a footnote, or a marker whose note is missing.
public enum Inline: Sendable, Hashable {
    case text(String)
    /// A resolved reference; `label` is globally unique in the article, `marker` is what the source printed.
    case footnoteReference(label: String, marker: String)
    /// A marker such as `[3]` whose body is not in the source; it stays visible text.
    case unresolvedMarker(String)
}

/// One block of the article body, with the line it starts on.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        case editorNote
    }

    public var kind: Kind
    public var inlines: [Inline]
    public var location: SourceLocation

    public init(_ kind: Kind, _ inlines: [Inline], at location: SourceLocation) {
        self.kind = kind
        self.inlines = inlines
        self.location = location
    }
}

/// A footnote body, labelled in order of first reference.
public struct Footnote: Sendable, Hashable {
    public var label: String
    public var text: String
    public var location: SourceLocation

    public init(label: String, text: String, at location: SourceLocation) {
        self.label = label
        self.text = text
        self.location = location
    }
}

/// A converted article: metadata, body blocks and footnotes, ready to be written as Markdown.
public struct Article: Sendable, Hashable {
    public var metadata: ArticleMetadata
    public var blocks: [Block]
    public var footnotes: [Footnote]

    public init(metadata: ArticleMetadata, blocks: [Block], footnotes: [Footnote]) {
        self.metadata = metadata
        self.blocks = blocks
        self.footnotes = footnotes
    }
}
