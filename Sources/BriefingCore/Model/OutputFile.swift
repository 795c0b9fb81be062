import Foundation

/// One file of the generated site: a path relative to the output folder and its bytes — either
/// made by this build, or those of a file already on disk (an unchanged page in the build cache),
/// which the publisher links instead of copying.
public struct OutputFile: Sendable, Hashable {
    public var relativePath: String
    /// The file on disk holding exactly this file's bytes, when they were not made in memory.
    public let original: String?
    private let bytes: [UInt8]

    public init(_ relativePath: String, contents: [UInt8]) {
        self.relativePath = relativePath
        original = nil
        bytes = contents
    }

    public init(_ relativePath: String, text: String) {
        self.init(relativePath, contents: Array(text.utf8))
    }

    /// A file whose bytes are those of `original` (which must not change while it is in use).
    package init(_ relativePath: String, sameAs original: String) {
        self.relativePath = relativePath
        self.original = original
        bytes = []
    }

    /// The bytes, read from the original when there is one (empty if it has gone).
    public var contents: [UInt8] {
        guard let original else { return bytes }
        return FileManager.default.contents(atPath: original).map { [UInt8]($0) } ?? []
    }

    public static func == (left: OutputFile, right: OutputFile) -> Bool {
        left.relativePath == right.relativePath && left.contents == right.contents
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(relativePath)
        hasher.combine(contents)
    }
}
