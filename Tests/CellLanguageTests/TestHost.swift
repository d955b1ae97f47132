import CellLanguage

/// A host that records what cells print and show, for tests.
final class TestHost: InterpreterHost {
    var output = ""
    var isCancelled = false
    var events: [ProgressEvent] = []
    var figures: [any FigureObject] = []
    /// Set `isCancelled` after this many `isCancelled` reads (simulates Ctrl-C mid-loop).
    var cancelAfterPolls: Int?
    private var polls = 0

    func write(_ text: String) {
        output += text
    }

    func progress(_ event: ProgressEvent) {
        events.append(event)
    }

    func show(_ figure: any FigureObject) {
        figures.append(figure)
    }
}

/// Runs cells in one interpreter and returns what they printed, for quick assertions.
struct Session {
    let host = TestHost()
    let interpreter: Interpreter

    init(registry: NativeRegistry = .standard(), seed: UInt64 = 0) {
        interpreter = Interpreter(host: host, registry: registry, seed: seed)
    }

    /// Runs a cell; returns its printed output, its result's description, and its errors.
    @discardableResult
    func run(_ code: String, file: String = "test.md", firstLine: Int = 1, label: String? = nil, timeout: Double? = nil)
        -> (output: String, result: String?, errors: [Diagnostic])
    {
        host.output = ""
        let outcome = interpreter.run(code, file: file, firstLine: firstLine, label: label, timeout: timeout)
        return (host.output, outcome.result?.resultDescription, outcome.diagnostics)
    }
}
