import BriefingCore
import BriefingReflow
import BriefingScript

/// Turns a seed into its Markdown document: raw text through the reflow converter, a `.md` seed
/// as written; the sidecar's fields are applied over either.
public enum DocumentLoader {
    public struct Loaded: Sendable {
        public var document: MarkdownDocument
        public var warnings: [Diagnostic]
        /// The key the cache keeps this document and its pages under, when a cache is in use.
        var cacheKey: String?
        /// Set when only the metadata came from the cache: the hash of the stored Markdown, which
        /// `ArticleCache.fullDocument` reads the body from (and checks against this).
        var deferredBodyHash: String?
        var bodyDeferred: Bool { deferredBodyHash != nil }

        init(document: MarkdownDocument, warnings: [Diagnostic], cacheKey: String? = nil, deferredBodyHash: String? = nil) {
            self.document = document
            self.warnings = warnings
            self.cacheKey = cacheKey
            self.deferredBodyHash = deferredBodyHash
        }
    }

    public static func load(_ seed: Seed, scripts: ScriptConverter) throws(DiagnosticError) -> Loaded {
        guard seed.text.contains(where: { !$0.isWhitespace }) else {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: seed.path),
                seed.text.isEmpty ? "file is empty; add the article's text or remove the file" : "file holds only white space; add the article's text or remove the file")])
        }
        var document: MarkdownDocument
        var warnings: [Diagnostic] = []
        switch seed.format {
        case .rawText:
            let conversion = ArticleConverter.convert(seed, detectScript: scripts.detectScript(of:))
            document = MarkdownWriter.document(for: conversion.article, sourcePath: seed.path)
            warnings = conversion.diagnostics
        case .markdown:
            var visible = seed
            let removal: InvisibleCharacters.Removal?
            (visible.text, removal) = InvisibleCharacters.strip(seed.text, keepingFormFeeds: false)
            warnings += InvisibleCharacters.warning(removal, in: seed.path, stage: .markdown)
            let defaults = ArticleMetadata(title: seed.id, slug: ArticleConverter.slug(for: seed.id),
                                           script: scripts.detectScript(of: visible.text))
            document = try MarkdownReader.document(from: visible, defaults: defaults)
        }
        if let sidecar = seed.sidecar {
            let (yaml, removal) = InvisibleCharacters.strip(sidecar.text, keepingFormFeeds: false)
            warnings += InvisibleCharacters.warning(removal, in: sidecar.path, stage: .markdown)
            document.metadata = try FrontMatterCodec.apply(yaml, to: document.metadata, path: sidecar.path)
        }
        if !Self.isSafeFileName(seed.id), document.metadata.slug == ArticleConverter.slug(for: seed.id) {
            throw DiagnosticError([.error(.ingest, at: SourceLocation(file: seed.path),
                "file name `\(seed.id)` is not safe in a URL (spaces, non-ASCII or dots); rename it with letters, digits, `-` and `_`, or set `slug:` in \(seed.id).yml")])
        }
        return Loaded(document: document, warnings: warnings)
    }

    /// The whole document of `loaded`: as loaded or, when the cache gave only its metadata, with
    /// the stored body; should that entry be gone or damaged, the seed is read and converted again.
    static func whole(_ loaded: Loaded, cache: ArticleCache?, scripts: ScriptConverter) throws(DiagnosticError) -> MarkdownDocument {
        guard loaded.bodyDeferred else { return loaded.document }
        if let document = cache?.fullDocument(loaded) { return document }
        let document = try load(try SeedReader.read(file: loaded.document.sourcePath), scripts: scripts).document
        // Read again, the seed must be the one the build planned with (its slug, date and title
        // already placed it and its neighbours); a seed edited during the build is not.
        guard document.metadata == loaded.document.metadata else {
            throw DiagnosticError([.error(.site, at: SourceLocation(file: loaded.document.sourcePath),
                "the seed changed while the site was being built; build again")])
        }
        return document
    }

    static func isSafeFileName(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
