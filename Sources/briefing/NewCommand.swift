import ArgumentParser
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a seed: NAME.md with front matter to fill in, and a NAME.yml sidecar for metadata overrides.",
        discussion: "Example: briefing new 2025-rubio-manila   (then paste the article text into seeds/2025-rubio-manila.md)")

    @Argument(help: "The seed's name: letters, digits, - and _.") var name: String
    @Option(help: "Folder of seeds.") var seeds = "seeds"

    func validate() throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw ValidationError("name `\(name)` must use only letters, digits, `-` and `_` (it becomes the URL)")
        }
    }

    func run() throws {
        let markdown = "\(seeds)/\(name).md", sidecar = "\(seeds)/\(name).yml"
        for path in [markdown, sidecar, "\(seeds)/\(name).txt"] where FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path) already exists; choose another name")
        }
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        try Self.markdownTemplate.write(toFile: markdown, atomically: true, encoding: .utf8)
        try Self.sidecarTemplate.write(toFile: sidecar, atomically: true, encoding: .utf8)
        print("created \(markdown) and \(sidecar); fill them in and run `briefing build` (or keep `briefing serve` running)")
    }

    static let markdownTemplate = """
        ---
        title: 標題（必填）
        authors:
        - name: 作者
          affiliation: 單位
        abstract: 摘要（可省略）
        tags: [標籤]
        ---

        正文第一段。一段一行，段與段之間空一行。

        ## 一、小標題

        正文，注釋寫成[^1]。

        [^1]: 注釋內容。

        """

    static let sidecarTemplate = """
        # Metadata that overrides the seed's front matter; uncomment what you need.
        # date: 2025-02-10
        # slug: my-article
        # source:
        #   publication: 遠景論壇
        #   url: https://example.org/article
        # tags: [美國, 日本]

        """
}
