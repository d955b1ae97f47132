import CellLanguage
import Foundation

/// Runs a notebook's cells top to bottom in one interpreter: parameters defined as constants
/// first, one generator seeded once for the whole run, each cell timed, its output, result,
/// figures and error collected, the run stopped at the first unexpected failure unless
/// `keepGoing`.
///
/// Syntax errors are found before anything runs (`syntaxErrors`), as `retort check` does;
/// cells marked `expect-error: true` are exempt — a syntax error is a fine way for them to
/// fail, and it is reported as their (expected) error when they run.
public final class NotebookRunner {
    /// The notebook.
    public let document: NotebookDocument
    /// The command-line options.
    public let options: NotebookRunOptions
    private let registry: NativeRegistry
    private let display: ProgressDisplay
    private let parsed: [ParsedCell]

    /// A runner for `document` whose cells see `registry`'s names; progress goes to
    /// `display` (silent by default).
    public init(document: NotebookDocument, options: NotebookRunOptions = NotebookRunOptions(),
                registry: NativeRegistry = .standard(), display: ProgressDisplay = ProgressDisplay(mode: .silent)) {
        self.document = document
        self.options = options
        self.registry = registry
        self.display = display
        self.parsed = document.cells.map { cell in
            Interpreter.parse(SourceText(cell.source, file: document.path, firstLine: cell.firstCodeLine, label: cell.label))
        }
    }

    /// The seed the run uses: `--seed`, else the front matter's.
    public var seed: UInt64 { options.seed ?? document.frontMatter.seed }

    /// Every lexical and syntax error of the cells that must parse (all but `expect-error`
    /// cells), grouped by cell in file order. Nothing runs.
    public var syntaxErrors: [(cell: Cell, diagnostics: [Diagnostic])] {
        zip(document.cells, parsed).compactMap { cell, parsed in
            cell.options.expectError || parsed.diagnostics.isEmpty ? nil : (cell, parsed.diagnostics)
        }
    }

    /// Runs the notebook. `onOutput` receives printed text as cells print it; `onCell`
    /// receives each cell's record as soon as the cell has ended.
    /// - Throws: `ParamError` when a `--param` override is malformed, unknown or mistyped
    ///   (before anything runs).
    public func run(onOutput: @escaping (Cell, String) -> Void = { _, _ in },
                    onCell: (CellRecord) -> Void = { _ in }) throws -> RunResult {
        let params = try document.frontMatter.params(overriddenBy: options.params)
        let started = Date()
        let clock = ContinuousClock()
        let runStart = clock.now
        var current: Cell?
        let host = RunHost(figureStore: FigureStore(root: options.figuresRoot, notebookName: document.name),
                           display: display, onOutput: { text in current.map { onOutput($0, text) } })
        let interpreter = Interpreter(host: host, registry: registry, seed: seed)
        for (name, value) in params { interpreter.define(name, value.cellValue) }
        var records: [CellRecord] = []
        var stopped = false
        for (cell, parsedCell) in zip(document.cells, parsed) {
            guard !stopped else {
                records.append(CellRecord(notRun: cell))
                continue
            }
            current = cell
            host.begin(cell)
            let cellStart = clock.now
            let outcome = interpreter.run(parsedCell, timeout: cell.options.timeout)
            let elapsed = clock.now - cellStart
            var record = self.record(cell, outcome: outcome, host: host)
            record.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            host.end()
            current = nil
            records.append(record)
            onCell(record)
            if record.status == .failed, !options.keepGoing { stopped = true }
        }
        let total = clock.now - runStart
        return RunResult(document: document, seed: seed, params: params, records: records, started: started,
                         seconds: Double(total.components.seconds) + Double(total.components.attoseconds) * 1e-18)
    }

    /// The record of a cell that ran.
    private func record(_ cell: Cell, outcome: CellOutcome, host: RunHost) -> CellRecord {
        var record = CellRecord(notRun: cell)
        record.output = host.output
        record.lastProgress = host.lastProgress
        if let result = outcome.result {
            if case .native(let object) = result, let figure = object as? any FigureObject {
                host.show(figure)
            } else {
                record.result = result.resultDescription
            }
        }
        record.figures = host.figures
        var errors = outcome.diagnostics
        if errors.isEmpty, let message = host.figureErrors.first {
            errors = [diagnostic(message, at: cell.fenceLine)]
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
                                    + "remove the option or make the cell fail", at: expectErrorLine(of: cell))]
        }
        record.errors = errors
        return record
    }

    /// The line of a cell's `expect-error` option (the fence line if it cannot be found).
    private func expectErrorLine(of cell: Cell) -> Int {
        let optionLines = (cell.fenceLine + 1)..<cell.firstCodeLine
        return optionLines.first { document.lines[$0 - 1].contains("expect-error") } ?? cell.fenceLine
    }

    /// An error at the start of a notebook line (problems of the cell as a whole).
    private func diagnostic(_ message: String, at line: Int) -> Diagnostic {
        let text = document.lines.indices.contains(line - 1) ? document.lines[line - 1] : ""
        let column = text.prefix(while: { $0 == " " || $0 == "\t" }).unicodeScalars.count + 1
        return Diagnostic(message: message, file: document.path, location: SourceLocation(line: line, column: column),
                          length: max(1, text.unicodeScalars.count - column + 1), sourceLine: text,
                          cellLabel: cell(at: line)?.label)
    }

    private func cell(at line: Int) -> Cell? {
        document.cells.last { $0.fenceLine <= line }
    }
}

extension ParamValue {
    /// The parameter as a value of the cell language.
    var cellValue: Value {
        switch self {
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        case .bool(let value): return .bool(value)
        case .string(let value): return .string(value)
        case .list(let items): return .array(items.map(\.cellValue))
        }
    }
}
