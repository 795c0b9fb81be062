import Foundation

/// Where a build is: a stage, how much of it is done, and the seconds since the build started.
public struct BuildProgress: Sendable, Equatable {
    public enum Stage: String, Sendable {
        case convert, render, pages, search
    }

    public var stage: Stage
    public var done: Int
    public var total: Int

    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

/// Turns progress into terminal output: on a terminal one bar redrawn in place; otherwise (CI,
/// pipes) one plain line when each stage finishes.
public struct ProgressRenderer: Sendable {
    public let isTerminal: Bool
    public static let width = 24

    public init(isTerminal: Bool) {
        self.isTerminal = isTerminal
    }

    /// The text to write for an update, or nil when nothing should be written.
    public func render(_ progress: BuildProgress, elapsed: Double) -> String? {
        let seconds = String(format: "%.1f s", elapsed)
        if isTerminal {
            let filled = progress.total == 0 ? Self.width : Self.width * progress.done / progress.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
            let name = progress.stage.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            return "\r\u{1B}[2K\(name) \(bar) \(progress.done)/\(progress.total)  \(seconds)"
        }
        guard progress.done == progress.total else { return nil }
        return "\(progress.stage.rawValue): \(progress.total) done at \(seconds)\n"
    }

    /// Clears the bar before the summary line.
    public var finish: String { isTerminal ? "\r\u{1B}[2K" : "" }
}
