import BriefingCore

/// Where a list page's builder names everything the page shows, one text at a time: a cache key
/// (`ContentHash`) hashes them as they come, a test collects them in an array. An archive's
/// entity pages name hundreds of thousands of articles, and building arrays of those names to
/// hash them afterwards was most of the time a rebuild spent on pages it then did not render.
protocol PageParts {
    mutating func add(_ part: String)
}

extension ContentHash: PageParts {}

extension Array: PageParts where Element == String {
    mutating func add(_ part: String) { append(part) }
}
