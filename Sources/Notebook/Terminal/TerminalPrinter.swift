import CellLanguage

/// What the REPL and step mode write: cells' output as it is printed, then each cell's
/// result, figures and errors; notes and hints. Output and results go to standard output,
/// diagnostics to standard error (coloured when that is a terminal), styled text only when
/// `style` is enabled.
final class TerminalPrinter {
    let console: Console
    let style: TerminalStyle
    private let renderer: DiagnosticRenderer
    /// Whether the last text written to standard output ended a line.
    private var atLineStart = true

    init(console: Console, style: TerminalStyle) {
        self.console = console
        self.style = style
        renderer = DiagnosticRenderer(colored: console.errIsTerminal)
    }

    /// Text a cell printed, as it prints it.
    func output(_ text: String) {
        guard !text.isEmpty else { return }
        console.out(text)
        atLineStart = text.hasSuffix("\n")
    }

    /// A line of standard output (after ending a cell's unfinished line, if any).
    func line(_ text: String) {
        endLine()
        console.out(text + "\n")
    }

    /// A hint or note, dimmed.
    func note(_ text: String) {
        line(style.dim(text))
    }

    /// A problem that is not a diagnostic (a file that cannot be read, an unknown command).
    func error(_ message: String) {
        endLine()
        console.err((console.errIsTerminal ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: ") + message + "\n")
    }

    /// Diagnostics, in the `file:line:column: error: …` form with the source line and caret.
    func diagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        endLine()
        console.err(renderer.render(diagnostics))
    }

    /// What a cell left besides its streamed output: its result, its figures, its errors.
    func outcome(of record: CellRecord) {
        if record.cell.options.output, let result = record.result { line(result) }
        for figure in record.figures { note("figure saved: \(figure.displayPath)") }
        diagnostics(record.errors)
        if record.status == .failedAsExpected { note("(the cell failed, as its expect-error option says it must)") }
    }

    /// Ctrl-C stopped a cell: on a terminal, which echoed `^C`, go on below it.
    func interrupted() {
        if style.enabled { console.out("\n") }
        atLineStart = true
    }

    /// Ends a line a cell left unfinished (`print(x, terminator: "")`), so that what follows
    /// starts at the left margin.
    func endLine() {
        if !atLineStart {
            console.out("\n")
            atLineStart = true
        }
    }
}
