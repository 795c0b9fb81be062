/// One input article as read from `seeds/`: raw PDF-extracted text (`NAME.txt`) or
/// hand-edited Markdown with front matter (`NAME.md`), plus an optional sidecar `NAME.yml`.
public struct Seed: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case rawText
        case markdown
    }

    /// The file name without extension, e.g. `000_5b3bdedfcf3bd529`.
    public var id: String
    /// The path used in diagnostics, e.g. `seeds/000_5b3bdedfcf3bd529.txt`.
    public var path: String
    public var format: Format
    /// The decoded text, with line endings normalised to `\n` and any BOM removed.
    public var text: String
    /// The sidecar's YAML text and path, when there is one.
    public var sidecar: Sidecar?

    public struct Sidecar: Sendable, Hashable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public init(id: String, path: String, format: Format, text: String, sidecar: Sidecar? = nil) {
        self.id = id
        self.path = path
        self.format = format
        self.text = text
        self.sidecar = sidecar
    }
}
