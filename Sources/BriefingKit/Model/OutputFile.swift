/// One file of the generated site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var relativePath: String
    public var contents: [UInt8]

    public init(_ relativePath: String, contents: [UInt8]) {
        self.relativePath = relativePath
        self.contents = contents
    }

    public init(_ relativePath: String, text: String) {
        self.init(relativePath, contents: Array(text.utf8))
    }
}
