import CellLanguage

/// `retort step`: walks a notebook in file order, showing each Markdown section and then
/// each cell with its code, and asks what to do with the cell:
///
///     Enter   run it          s   skip it           e   edit it in $EDITOR, then run it
///     r       re-run the cell that ran last         :   open the REPL prompt here
///     q       quit (also Ctrl-D)                    ?   list the keys
///
/// The walk moves on when the cell succeeds (or fails as its `expect-error` option says it
/// must) or is skipped; after a failure it stays on the cell, to re-run or edit it. The REPL
/// prompt (`:`) shares the cells' environment; an empty line or `:continue` comes back.
final class Stepper {
    private let document: NotebookDocument
    private let repl: Repl
    private let printer: TerminalPrinter
    private let editor: CellEditor
    private var style: TerminalStyle { printer.style }
    /// The cell that ran last (`r` runs it again), in its edited form if it was edited.
    private var lastRun: Cell?
    /// How each cell (by index) last ended: ran, failed or skipped.
    private var outcomes: [Int: String] = [:]

    static let keys = "Enter run · s skip · e edit · r re-run · : prompt · q quit"

    init(document: NotebookDocument, repl: Repl, printer: TerminalPrinter, editor: CellEditor = CellEditor()) {
        self.document = document
        self.repl = repl
        self.printer = printer
        self.editor = editor
    }

    /// Walks the notebook until its end or until the person quits.
    func walk() {
        let cells = document.cells.count == 1 ? "1 cell" : "\(document.cells.count) cells"
        printer.line(style.bold(document.title) + style.dim("  \(document.path) · \(cells) · seed \(repl.session.seed)"))
        let syntaxErrors = NotebookRunner(document: document).syntaxErrors
        if !syntaxErrors.isEmpty {
            printer.diagnostics(syntaxErrors.flatMap(\.diagnostics))
            printer.note("these cells will fail until they are edited (e)")
        }
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                printer.line("")
                printer.output(ProseText.render(prose, style: style))
            case .cell(let cell):
                if !step(cell) {
                    printer.note("stopped at cell \(cell.index + 1) of \(document.cells.count); \(summary)")
                    return
                }
            }
        }
        printer.note("end of \(document.path); \(summary)")
    }

    private var summary: String {
        ["ran", "failed", "skipped"].map { outcome in "\(outcomes.values.count { $0 == outcome }) \(outcome)" }
            .joined(separator: ", ")
    }

    /// Shows a cell and handles keys until it is done with; false when the person quits.
    private func step(_ original: Cell) -> Bool {
        var cell = original
        show(cell)
        while true {
            let key = repl.input.readKey(prompt: style.dim("[\(cell.index + 1)/\(document.cells.count)] \(Self.keys) "))
            switch key {
            case nil, "q":
                return false
            case "\n", " ":
                if run(cell) { return true }
            case "s":
                outcomes[cell.index] = "skipped"
                printer.note("skipped")
                return true
            case "e":
                do {
                    cell = cell.replacingCode(try editor.edit(cell.code))
                } catch {
                    printer.error("\(error)")
                    continue
                }
                show(cell)
                if run(cell) { return true }
            case "r":
                guard let last = lastRun else {
                    printer.note("no cell has run yet")
                    continue
                }
                _ = run(last)
            case ":":
                printer.note("REPL: an empty line or :continue goes back to the cell, :quit leaves")
                if repl.loop(betweenCells: true) == .quit { return false }
                show(cell)
            case "\u{3}":
                printer.note("press q to quit")
            default:
                printer.note(Self.keys)
            }
        }
    }

    /// Runs a cell; true when it succeeded (or failed as expected).
    private func run(_ cell: Cell) -> Bool {
        lastRun = cell
        let record = repl.runCell(cell)
        outcomes[cell.index] = record.isOK ? "ran" : "failed"
        if !record.isOK {
            printer.note("the cell failed: Enter runs it again, e edits it, s skips it")
        }
        return record.isOK
    }

    /// The cell's header and its code with notebook line numbers.
    private func show(_ cell: Cell) {
        var header = "── cell \(cell.index + 1) of \(document.cells.count)"
        if let label = cell.label { header += " · \(label)" }
        header += " · line \(cell.fenceLine) "
        printer.line("")
        printer.line(style.cyan(header + String(repeating: "─", count: max(3, 60 - header.count))))
        let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let width = String(cell.notebookLine(ofCodeLine: lines.count)).count
        for (offset, line) in lines.enumerated() {
            let number = String(cell.notebookLine(ofCodeLine: offset + 1))
            printer.line(style.dim(String(repeating: " ", count: width - number.count) + number + " │ ") + line)
        }
    }
}
