/// Turns a seed into its Markdown document: raw text through the reflow converter, a `.md` seed
/// as written; the sidecar's fields are applied over either.
public enum DocumentLoader {
    public struct Loaded: Sendable {
        public var document: MarkdownDocument
        public var warnings: [Diagnostic]
    }

    public static func load(_ seed: Seed, scripts: ScriptConverter) throws(DiagnosticError) -> Loaded {
        var document: MarkdownDocument
        var warnings: [Diagnostic] = []
        switch seed.format {
        case .rawText:
            let conversion = ArticleConverter.convert(seed, detectScript: scripts.detectScript(of:))
            document = MarkdownWriter.document(for: conversion.article, sourcePath: seed.path)
            warnings = conversion.diagnostics
        case .markdown:
            let defaults = ArticleMetadata(title: seed.id, slug: ArticleConverter.slug(for: seed.id),
                                           script: scripts.detectScript(of: seed.text))
            document = try MarkdownReader.document(from: seed, defaults: defaults)
        }
        if let sidecar = seed.sidecar {
            document.metadata = try FrontMatterCodec.apply(sidecar.text, to: document.metadata, path: sidecar.path)
        }
        return Loaded(document: document, warnings: warnings)
    }
}
