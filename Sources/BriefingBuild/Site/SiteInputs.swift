import BriefingCore
import BriefingReflow
import BriefingRender
import BriefingScript

/// Everything a build reads from its folders, read one way for `briefing build` and `briefing
/// serve`: the seeds (and the ones that could not be read), the templates with `site.yml` and the
/// assets, the gazetteer, and the base URL — the command line's when given, else `site.yml`'s.
public struct SiteInputs: Sendable {
    public var seeds: [Seed]
    /// Seeds that could not be read: errors unless the build keeps going.
    public var unreadable: [Diagnostic]
    public var templates: TemplateSet
    public var gazetteer: Gazetteer
    public var baseURL: String?

    public static func read(seeds folder: String, templates: String, baseURL: String?) throws(DiagnosticError) -> SiteInputs {
        let read = try SeedReader.readAll(folder: folder)
        let templateSet = try TemplateSet.read(folder: templates)
        var baseURL = baseURL
        if baseURL == nil { baseURL = try SiteSettings.read(from: templateSet).baseURL }
        return SiteInputs(seeds: read.seeds, unreadable: read.problems, templates: templateSet,
                          gazetteer: try Gazetteer.read(folder: folder), baseURL: baseURL)
    }
}

extension SiteBuilder {
    /// One build of the site from what was read: the path both `build` and every rebuild of
    /// `serve` take. Unreadable seeds fail the build unless `keepGoing`; with a cache, its entries
    /// this build did not use are removed once it has succeeded (a failed build keeps them, and a
    /// server keeps serving the last good site, whose pages may be among them).
    public static func build(_ inputs: consuming SiteInputs, scripts: ScriptConverter, keepGoing: Bool = false,
                             cache: ArticleCache? = nil, progress: (BuildProgress) -> Void = { _ in },
                             emit: (OutputFile) throws(DiagnosticError) -> Void) throws(DiagnosticError) -> Summary {
        let unreadable = inputs.unreadable
        let problems = keepGoing ? [] : unreadable
        // The builder lets each seed's text go once converted, if it holds the only copy.
        let seeds = inputs.seeds
        inputs.seeds = []
        var summary: Summary
        do throws(DiagnosticError) {
            summary = try build(seeds: consume seeds, templates: inputs.templates, scripts: scripts, gazetteer: inputs.gazetteer,
                                baseURL: inputs.baseURL, keepGoing: keepGoing, cache: cache, progress: progress, emit: emit)
        } catch {
            throw DiagnosticError(problems + error.diagnostics)
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        cache?.prune()
        summary.warnings = unreadable.map { Diagnostic(.warning, $0.stage, at: $0.location, "skipped: " + $0.message) } + summary.warnings
        return summary
    }
}
