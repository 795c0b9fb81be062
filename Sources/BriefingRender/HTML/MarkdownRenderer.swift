import BriefingCore
import CCmarkGFM
import Foundation

/// Renders GFM to HTML with cmark-gfm: tables, autolinks, strikethrough, the tag filter and
/// footnotes. Raw HTML and unsafe URLs (`javascript:` and the like) are never passed through,
/// because the safe default of cmark-gfm is kept.
public enum MarkdownRenderer {
    private static let extensionNames = ["table", "autolink", "strikethrough", "tagfilter"]
    private static let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// One top-level block of a document, rendered on its own so two versions can be aligned.
    public struct RenderedBlock: Sendable, Hashable {
        public enum Kind: String, Sendable {
            case heading, paragraph, quote, list, table, footnote, other
        }

        public var kind: Kind
        public var html: String
    }

    public static func html(_ markdown: String) -> String {
        withDocument(markdown) { document, extensions in
            render(document, extensions)
        }
    }

    /// The document's top-level blocks in order; footnote definitions come last, one per note,
    /// each as its `<li>` without the surrounding section. With an annotator, entity mentions are
    /// marked first and returned too.
    public static func blocks(_ markdown: String, annotator: EntityAnnotator? = nil) -> (blocks: [RenderedBlock], mentions: [EntityMention]) {
        withDocument(markdown) { document, extensions in
            let mentions = annotator?.annotate(document) ?? []
            var blocks: [RenderedBlock] = []
            var node = cmark_node_first_child(document)
            while let current = node {
                let kind = Self.kind(of: current)
                var html = render(current, extensions)
                if kind == .footnote { html = unwrapFootnote(html) }
                blocks.append(RenderedBlock(kind: kind, html: html))
                node = cmark_node_next(current)
            }
            return (blocks, mentions)
        }
    }

    static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        precondition(registered)
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        let utf8 = Array(markdown.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        replaceRemoteImagesWithLinks(document)
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// A page must not load anything from another host, so an image with an absolute URL becomes
    /// a link to it, showing its alt text.
    static func replaceRemoteImagesWithLinks(_ document: OpaquePointer) {
        var images: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
               cmark_node_get_type(node) == CMARK_NODE_IMAGE {
                images.append(node)
            }
        }
        cmark_iter_free(iterator)
        for image in images {
            let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            guard url.contains(":") || url.hasPrefix("//") else { continue }
            let link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, url)
            while let child = cmark_node_first_child(image) { cmark_node_append_child(link, child) }
            cmark_node_insert_before(image, link)
            cmark_node_free(image)
        }
    }

    static func render(_ node: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let rendered = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    static func kind(of node: OpaquePointer) -> RenderedBlock.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_BLOCK_QUOTE: return .quote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnote
        default:
            return String(cString: cmark_node_get_type_string(node)) == "table" ? .table : .other
        }
    }

    static func unwrapFootnote(_ html: String) -> String {
        let prefix = "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        let suffix = "</ol>\n</section>\n"
        guard html.hasPrefix(prefix), html.hasSuffix(suffix) else { return html }
        return String(html.dropFirst(prefix.count).dropLast(suffix.count))
    }
}

extension MarkdownRenderer {
    /// The plain text of each top-level block (headings and paragraphs), for the search index;
    /// footnote bodies are left out.
    public static func plainBlocks(_ markdown: String) -> [(kind: RenderedBlock.Kind, text: String)] {
        withDocument(markdown) { document, _ in
            var blocks: [(kind: RenderedBlock.Kind, text: String)] = []
            var node = cmark_node_first_child(document)
            while let current = node {
                let kind = Self.kind(of: current)
                if kind != .footnote { blocks.append((kind, text(of: current))) }
                node = cmark_node_next(current)
            }
            return blocks
        }
    }

    private static func text(of root: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
