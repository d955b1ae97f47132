import CellLanguage

/// What `retort repl` and `retort step` do, independent of argument parsing and of the line
/// editor (the `retort` executable passes readline; tests pass a script). Exit status: 0
/// after a session, 2 when the notebook cannot be read or a `--param` cannot be used.
///
/// Ctrl-C stops a running cell through `Interrupt` (install its handler first); the cell
/// fails with "interrupted" and leaves the environment as it was before the cell.
public struct TerminalTool {
    /// Where output, results and diagnostics go.
    public let console: Console
    /// The names cells see besides their own.
    public let registry: NativeRegistry
    /// Where lines and keys come from.
    public let input: TerminalInput
    /// Styling for standard output (enable it only when standard output is a terminal).
    public let style: TerminalStyle

    /// A tool reading from `input` and writing to `console`, running cells against `registry`.
    public init(console: Console, registry: NativeRegistry, input: TerminalInput, style: TerminalStyle) {
        self.console = console
        self.registry = registry
        self.input = input
        self.style = style
    }

    /// `retort repl [NOTEBOOK.md]`: runs the notebook's cells first (with its seed and
    /// parameters, as `options` override them), then reads entries until `:quit` or Ctrl-D.
    public func repl(notebook path: String?, options: NotebookRunOptions) -> Int32 {
        let printer = TerminalPrinter(console: console, style: style)
        guard let document = path.map({ Self.load($0, printer: printer) }) ?? emptyDocument(printer: printer),
              let repl = makeRepl(document, options: options, printer: printer)
        else { return 2 }
        printer.note("Retort \(RetortVersion.current) · :help for help · Ctrl-D or :quit to leave")
        if let path {
            let ran = repl.runCells(of: document)
            printer.note("\(path): \(ran) of \(document.cells.count) cells ran (seed \(repl.session.seed))")
        }
        _ = repl.loop()
        return 0
    }

    /// `retort step NOTEBOOK.md`: walks the notebook section by section and cell by cell
    /// (see `Stepper` for the keys), with the REPL prompt between cells.
    public func step(notebook path: String, options: NotebookRunOptions) -> Int32 {
        let printer = TerminalPrinter(console: console, style: style)
        guard let document = Self.load(path, printer: printer), let repl = makeRepl(document, options: options, printer: printer)
        else { return 2 }
        Stepper(document: document, repl: repl, printer: printer).walk()
        return 0
    }

    // MARK: Steps

    private func makeRepl(_ document: NotebookDocument, options: NotebookRunOptions, printer: TerminalPrinter) -> Repl? {
        do {
            let session = try NotebookSession(
                document: document, options: options, registry: registry,
                display: ProgressDisplay.automatic(for: console, quiet: false),
                isCancelled: { Interrupt.isRaised },
                onOutput: { cell, text in if cell.options.output { printer.output(text) } })
            return Repl(session: session, input: input, printer: printer)
        } catch {
            printer.error("\(error)")
            return nil
        }
    }

    /// The session of a REPL without a notebook: no cells; figures go to `Figures/repl/`.
    private func emptyDocument(printer: TerminalPrinter) -> NotebookDocument? {
        do {
            return try NotebookDocument(text: "", path: "repl")
        } catch {
            printer.error("\(error)")
            return nil
        }
    }

    /// Reads a notebook, reporting why not when it cannot be.
    static func load(_ path: String, printer: TerminalPrinter) -> NotebookDocument? {
        do {
            return try NotebookDocument.load(path: path)
        } catch let error as NotebookLoadError {
            printer.diagnostics(error.diagnostics)
        } catch {
            printer.error("\(error)")
        }
        return nil
    }
}
