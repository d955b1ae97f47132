import CellLanguage
import Foundation

/// One interpreter for one notebook: the parameters defined as constants, the run's
/// generator seeded once, each cell's output, result, figures, error and time recorded.
///
/// `NotebookRunner` drives a session top to bottom for `retort run` and `render`; a stepping
/// front end (`retort step`) can drive one cell at a time, re-run a cell, run an edited cell
/// (`Cell.replacingCode`) or use `interpreter` for a prompt between cells.
public final class NotebookSession {
    /// The notebook.
    public let document: NotebookDocument
    /// The seed the run's generator started from.
    public let seed: UInt64
    /// The parameter values the cells see, in front-matter order.
    public let params: [(name: String, value: ParamValue)]
    /// The interpreter the cells run in (their shared environment).
    public let interpreter: Interpreter
    private let host: RunHost

    /// A session for `document` with `options` (seed, parameter overrides, figures root),
    /// cells seeing `registry`'s names; progress goes to `display`, and `onOutput` receives
    /// printed text as a cell prints it. `isCancelled` is polled while a cell runs (the REPL
    /// and step mode pass their Ctrl-C flag; it must be cheap); when it turns true the cell
    /// stops with "interrupted" and leaves the environment as it was.
    /// - Throws: `ParamError` when a `--param` override is malformed, unknown or mistyped.
    public init(document: NotebookDocument, options: NotebookRunOptions = NotebookRunOptions(),
                registry: NativeRegistry = .standard(), display: ProgressDisplay = ProgressDisplay(mode: .silent),
                isCancelled: @escaping () -> Bool = { false },
                onOutput: @escaping (Cell, String) -> Void = { _, _ in }) throws {
        self.document = document
        seed = options.seed ?? document.frontMatter.seed
        params = try document.frontMatter.params(overriddenBy: options.params)
        host = RunHost(figureStore: FigureStore(root: options.figuresRoot, notebookName: document.name),
                       display: display, isCancelled: isCancelled, onOutput: onOutput)
        interpreter = Interpreter(host: host, registry: registry, seed: seed)
        for (name, value) in params { interpreter.define(name, value.cellValue) }
    }

    /// Runs `cell` in the shared environment (within its `timeout`) and records what it did.
    /// A cell that fails leaves the environment as it was (cells are transactional).
    /// Diagnostics name `file` (default: the notebook's path; the REPL passes `<repl>` for
    /// what is typed at its prompt, or the file `:load` read).
    public func run(_ cell: Cell, file: String? = nil) -> CellRecord {
        let parsed = Interpreter.parse(SourceText(cell.source, file: file ?? document.path,
                                                  firstLine: cell.firstCodeLine, label: cell.label))
        host.begin(cell)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = interpreter.run(parsed, timeout: cell.options.timeout)
        let elapsed = clock.now - start
        var record = self.record(cell, outcome: outcome)
        record.seconds = elapsed.seconds
        host.end()
        return record
    }

    private func record(_ cell: Cell, outcome: CellOutcome) -> CellRecord {
        var record = CellRecord(notRun: cell)
        if let result = outcome.result {
            if case .native(let object) = result, let figure = object as? any FigureObject {
                host.show(figure)
            } else {
                record.result = result.resultDescription
            }
        }
        record.output = host.output
        record.figures = host.figures
        record.lastProgress = host.lastProgress
        var errors = outcome.diagnostics
        if errors.isEmpty, let message = host.figureErrors.first {
            errors = [diagnostic(message, at: cell.fenceLine, in: cell)]
        }
        switch (errors.isEmpty, cell.options.expectError) {
        case (true, false):
            record.status = .succeeded
        case (false, false):
            record.status = .failed
        case (false, true):
            record.status = .failedAsExpected
        case (true, true):
            record.status = .failed
            errors = [diagnostic("the cell ran without error, but it is marked 'expect-error: true'; "
                                    + "remove the option or make the cell fail", at: expectErrorLine(of: cell), in: cell)]
        }
        record.errors = errors
        return record
    }

    /// The line of a cell's `expect-error` option (the fence line if it cannot be found).
    private func expectErrorLine(of cell: Cell) -> Int {
        let optionLines = (cell.fenceLine + 1)..<max(cell.fenceLine + 1, cell.firstCodeLine)
        return optionLines.first { document.lines.indices.contains($0 - 1) && document.lines[$0 - 1].contains("expect-error") }
            ?? cell.fenceLine
    }

    /// An error about `cell` as a whole, underlining notebook line `line` from its first
    /// non-blank character.
    private func diagnostic(_ message: String, at line: Int, in cell: Cell) -> Diagnostic {
        let text = document.lines.indices.contains(line - 1) ? document.lines[line - 1] : ""
        let column = text.prefix(while: { $0 == " " || $0 == "\t" }).unicodeScalars.count + 1
        return Diagnostic(message: message, file: document.path, location: SourceLocation(line: line, column: column),
                          length: max(1, text.unicodeScalars.count - column + 1), sourceLine: text,
                          cellLabel: cell.label)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
