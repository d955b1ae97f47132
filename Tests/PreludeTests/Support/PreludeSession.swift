import CellLanguage
import Prelude
import XCTest

/// A host that records what cells print, report and show.
final class RecordingHost: InterpreterHost {
    var output = ""
    var isCancelled = false
    var events: [ProgressEvent] = []
    var figures: [any FigureObject] = []

    func write(_ text: String) { output += text }
    func progress(_ event: ProgressEvent) { events.append(event) }
    func show(_ figure: any FigureObject) { figures.append(figure) }
}

/// One interpreter over the Prelude's registry: cells run in a shared environment, as in a
/// notebook.
final class PreludeSession {
    /// Built once: the registry is read-only after construction.
    static let registry = Prelude.registry()

    let host = RecordingHost()
    let interpreter: Interpreter

    init(seed: UInt64 = 0) {
        interpreter = Interpreter(host: host, registry: Self.registry, seed: seed)
    }

    /// Runs a cell that must succeed; returns what it printed and its result's description.
    @discardableResult
    func run(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> (output: String, result: String?) {
        host.output = ""
        let outcome = interpreter.run(code, file: "test.md")
        XCTAssertEqual(outcome.diagnostics.map(\.description), [], "the cell failed", file: file, line: line)
        return (host.output, outcome.result?.resultDescription)
    }

    /// Runs a cell that must succeed and returns what it printed, without the final newline.
    func printed(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let output = run(code, file: file, line: line).output
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }

    /// Runs a cell that must fail (within `timeout` seconds, when given); returns its first error.
    func failure(_ code: String, timeout: Double? = nil, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        host.output = ""
        let outcome = interpreter.run(code, file: "test.md", timeout: timeout)
        XCTAssertFalse(outcome.diagnostics.isEmpty, "the cell should have failed", file: file, line: line)
        return outcome.diagnostics.first
    }
}
