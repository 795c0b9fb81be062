/// A place in an input file: the path as the user gave it and a 1-based line (0 when unknown).
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int = 0) {
        self.file = file
        self.line = line
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }

    /// `file:line`, or just `file` when the line is unknown.
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}
