import BriefingRender

/// The articles before and after one in archive order: `previous` is the newer one listed above
/// it on the home page, `next` the older one below. An article page links to both.
struct ArticleNeighbours: Sendable, Hashable, Encodable {
    typealias Link = NeighbourLink

    var previous: Link?
    var next: Link?

    /// Pairs each article of a run with its neighbours, given the article just before the run
    /// and the one just after it (nil at either end of the archive).
    static func pair<Item>(_ run: [Item], before: Link?, after: Link?, link: (Item) -> Link) -> [(Item, ArticleNeighbours)] {
        let links = run.map(link)
        return run.indices.map { index in
            (run[index], ArticleNeighbours(previous: index == 0 ? before : links[index - 1],
                                           next: index == run.count - 1 ? after : links[index + 1]))
        }
    }
}
