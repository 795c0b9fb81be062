import BriefingCore
import BriefingReflow
import BriefingRender
import Foundation

/// What one fuzz input goes through: any bytes are decoded, converted, written as Markdown and
/// rendered. A crash, a trap or a hang here is a bug. Outside `#if FUZZING`, so every build
/// compiles it and a change elsewhere cannot break `make fuzz` unseen.
func exercise(_ bytes: [UInt8]) {
    guard let text = try? TextDecoder.decode(bytes, path: "fuzz.txt") else { return }
    let seed = Seed(id: "fuzz", path: "fuzz.txt", format: .rawText, text: text)
    let conversion = ArticleConverter.convert(seed) { _ in .traditional }
    let document = MarkdownWriter.document(for: conversion.article, sourcePath: seed.path)
    _ = MarkdownRenderer.blocks(document.body)
    _ = MarkdownWriter.file(for: document)
}

#if FUZZING
/// libFuzzer entry, built by `make fuzz` with `-sanitize=fuzzer`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM gives every executable its own `main`, so this one hands control to libFuzzer's driver.
@main
struct FuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOne))
    }
}
#else
/// Without `-DFUZZING` this is a placeholder so the package builds; see `make fuzz`.
@main
struct FuzzPlaceholder {
    static func main() {
        print("BriefingFuzz is built by `make fuzz` (swift build -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING)")
    }
}
#endif
