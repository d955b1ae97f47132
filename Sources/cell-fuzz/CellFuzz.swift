// cell-fuzz: a libFuzzer target over the cell language's front end (lexer, parser,
// completeness check, diagnostic rendering). Any input must give tokens that cover it
// exactly and diagnostics, never a crash, a hang or a leak.
//
// Built for fuzzing only by `make fuzz`, which compiles it with `-sanitize=fuzzer,address
// -D RETORT_FUZZ`; a normal `swift build` gets a small executable that says how to run it.
import CellLanguage
import Foundation

/// The executable's entry point: hands the command line to libFuzzer's driver (fuzzing
/// build), or explains how to get a fuzzing build.
@main
enum CellFuzz {
    static func main() {
        #if RETORT_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        FileHandle.standardError.write(Data("""
            cell-fuzz does nothing in a normal build: run `make fuzz` (FUZZ_SECONDS=600 by default), \
            which builds it with -sanitize=fuzzer,address and runs it over the conformance files.\n
            """.utf8))
        exit(2)
        #endif
    }
}

#if RETORT_FUZZ
/// libFuzzer's driver (SwiftPM links executables with its own `main`, so the fuzzer's `main`
/// is not used; this is the documented way to start libFuzzer from another `main`).
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One input, as UTF-8 (invalid bytes become U+FFFD, as when a notebook is read from disk).
private func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let tokens = Lexer.tokenize(text)
    if tokens.map(\.text).joined() != text {
        fatalError("the tokens do not cover the input exactly")
    }
    _ = Interpreter.isIncomplete(text)
    let cell = Interpreter.parse(SourceText(text, file: "fuzz.md", firstLine: 3, label: "fuzz"))
    _ = DiagnosticRenderer(colored: true).render(cell.diagnostics)
    return 0
}
#endif
