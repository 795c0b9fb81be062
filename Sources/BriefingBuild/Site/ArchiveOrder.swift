import BriefingCore
import BriefingReflow

/// The archive's order — newest first when dates exist, otherwise seed order — worked out before
/// any seed is converted, so that articles can be built in that order and each page can name its
/// neighbours without a second pass over the converted text.
///
/// Only a `.md` seed's front matter or a sidecar can state a date (reflow never finds one), so
/// reading those few lines of YAML is enough. A seed whose YAML does not parse sorts as undated
/// here; loading it then fails with the proper diagnostic, and it takes no place in the order.
enum ArchiveOrder {
    /// Whether an article comes before another: later date first, undated after every dated
    /// one, and seed order between equals. The home page, feed and neighbours all use this.
    static func precedes(_ left: (date: String?, offset: Int), _ right: (date: String?, offset: Int)) -> Bool {
        let leftDate = left.date ?? "", rightDate = right.date ?? ""
        return leftDate != rightDate ? leftDate > rightDate : left.offset < right.offset
    }

    /// The indices of `seeds` in archive order, and each seed's date.
    static func plan(_ seeds: [Seed]) -> (indices: [Int], dates: [String?]) {
        let dates = Parallel.map(seeds) { date(of: $0) }
        return (seeds.indices.sorted { precedes((dates[$0], $0), (dates[$1], $1)) }, dates)
    }

    /// The date the seed's loaded document will have, read from its YAML alone.
    static func date(of seed: Seed) -> String? {
        var metadata = ArticleMetadata(title: "-", slug: "-", script: .traditional)
        // A field named `date` must spell the word, so YAML without it need not be parsed.
        if seed.format == .markdown, seed.text.contains("date"),
           let yaml = try? MarkdownReader.split(seed.text, path: seed.path).yaml, yaml.contains("date") {
            metadata = (try? FrontMatterCodec.apply(yaml, to: metadata, path: seed.path)) ?? metadata
        }
        if let sidecar = seed.sidecar, sidecar.text.contains("date") {
            metadata = (try? FrontMatterCodec.apply(sidecar.text, to: metadata, path: sidecar.path)) ?? metadata
        }
        return metadata.date
    }
}
