import ArgumentParser
import Foundation

@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a static site of Chinese policy briefings in Traditional and Simplified script.",
        discussion: "Example: briefing build --seeds seeds --out public",
        version: "0.1.0",
        subcommands: [Build.self, Serve.self, New.self, Convert.self, Entities.self, Check.self, Synth.self])
}
