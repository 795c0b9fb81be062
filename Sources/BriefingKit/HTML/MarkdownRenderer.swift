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

    public static func html(_ markdown: String) -> String {
        precondition(registered)
        guard let parser = cmark_parser_new(options) else { return "" }
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
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
