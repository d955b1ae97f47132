import CellLanguage
import Foundation

/// Runs a notebook's cells top to bottom in one `NotebookSession`: the run stops at the first
/// unexpected failure unless `keepGoing`, and later cells are recorded as not run.
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

    /// A runner for `document` whose cells see `registry`'s names; progress goes to
    /// `display` (silent by default).
    public init(document: NotebookDocument, options: NotebookRunOptions = NotebookRunOptions(),
                registry: NativeRegistry = .standard(), display: ProgressDisplay = ProgressDisplay(mode: .silent)) {
        self.document = document
        self.options = options
        self.registry = registry
        self.display = display
    }

    /// The seed the run uses: `--seed`, else the front matter's.
    public var seed: UInt64 { options.seed ?? document.frontMatter.seed }

    /// Every lexical and syntax error of the cells that must parse (all but `expect-error`
    /// cells), grouped by cell in file order. Nothing runs.
    public var syntaxErrors: [(cell: Cell, diagnostics: [Diagnostic])] {
        document.cells.compactMap { cell in
            guard !cell.options.expectError else { return nil }
            let source = SourceText(cell.source, file: document.path, firstLine: cell.firstCodeLine, label: cell.label)
            let diagnostics = Interpreter.parse(source).diagnostics
            return diagnostics.isEmpty ? nil : (cell, diagnostics)
        }
    }

    /// Runs the notebook. `onOutput` receives printed text as cells print it; `onCell`
    /// receives each cell's record as soon as the cell has ended.
    /// - Throws: `ParamError` when a `--param` override is malformed, unknown or mistyped
    ///   (before anything runs).
    public func run(onOutput: @escaping (Cell, String) -> Void = { _, _ in },
                    onCell: (CellRecord) -> Void = { _ in }) throws -> RunResult {
        let started = Date()
        let clock = ContinuousClock()
        let start = clock.now
        let session = try NotebookSession(document: document, options: options, registry: registry,
                                          display: display, onOutput: onOutput)
        var records: [CellRecord] = []
        var stopped = false
        for cell in document.cells {
            guard !stopped else {
                records.append(CellRecord(notRun: cell))
                continue
            }
            let record = session.run(cell)
            records.append(record)
            onCell(record)
            stopped = record.status == .failed && !options.keepGoing
        }
        return RunResult(document: document, seed: session.seed, params: session.params, records: records,
                         started: started, seconds: (clock.now - start).seconds)
    }
}
