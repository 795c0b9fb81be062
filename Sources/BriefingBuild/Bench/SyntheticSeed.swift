import BriefingCore

/// One generated raw seed: its file name, text, and what the converter should read from it.
public struct SyntheticSeed: Sendable, Hashable {
    /// `NNNNNN_<16 hex digits>.txt`, like the real seeds' names.
    public var fileName: String
    public var text: String
    /// The title the converter should find (as `LineJoiner` joins it).
    public var title: String
    public var script: Script
    /// The real seed whose front and closing matter the article wears.
    public var donor: String
}
