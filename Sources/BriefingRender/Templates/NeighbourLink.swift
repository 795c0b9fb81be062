import BriefingCore
import BriefingScript

/// What a link to a neighbour shows: its title in its own script and in the other.
package struct NeighbourLink: Sendable, Hashable, Encodable {
    package var slug: String
    package var title: String
    package var convertedTitle: String
    package var script: Script

    package init(slug: String, title: String, convertedTitle: String, script: Script) {
        self.slug = slug
        self.title = title
        self.convertedTitle = convertedTitle
        self.script = script
    }

    package init(_ document: MarkdownDocument, scripts: ScriptConverter) {
        let metadata = document.metadata
        self.init(slug: metadata.slug, title: metadata.title,
                  convertedTitle: scripts.convert(metadata.title, from: metadata.script, to: metadata.script.other),
                  script: metadata.script)
    }
}
