import CellLanguage

/// The read-eval-print loop of `retort repl`, and the prompt step mode opens between cells.
///
/// An entry is one line, or several while the parser reports the input incomplete (an open
/// bracket, an unterminated multi-line string, a trailing binary operator); the continuation
/// prompt is `...`. Entries run in the notebook session, so they see the notebook's names
/// and, like cells, leave the environment untouched when they fail or are interrupted.
/// Lines that start with `:` are commands (`ColonCommand`).
final class Repl {
    /// The prompt for a new entry.
    static let prompt = "retort> "
    /// The prompt while an entry is incomplete.
    static let continuationPrompt = "    ... "
    /// The file name diagnostics give for typed entries.
    static let inputFile = "<repl>"

    /// How a loop ended.
    enum Exit: Equatable {
        /// `:quit` or Ctrl-D: leave Retort.
        case quit
        /// An empty line or `:continue` in step mode: go back to stepping.
        case resume
    }

    let session: NotebookSession
    let input: TerminalInput
    let printer: TerminalPrinter
    /// Entries run so far (they are numbered like cells, for figure names and progress).
    private var entryCount = 0

    init(session: NotebookSession, input: TerminalInput, printer: TerminalPrinter) {
        self.session = session
        self.input = input
        self.printer = printer
    }

    /// Reads and runs entries until `:quit` or Ctrl-D. Between cells of step mode
    /// (`betweenCells`), an empty line or `:continue` goes back to stepping.
    func loop(betweenCells: Bool = false) -> Exit {
        input.completer = { [weak self] word, line in self?.complete(word, line: line) ?? [] }
        while true {
            switch readEntry() {
            case .end:
                printer.endLine()
                return .quit
            case .cancelled:
                continue
            case .code(let text):
                if text.allSatisfy(\.isWhitespace) {
                    if betweenCells { return .resume }
                    continue
                }
                run(text, file: Self.inputFile)
            case .command(let line):
                switch ColonCommand(line) {
                case .quit: return .quit
                case .resume:
                    if betweenCells { return .resume }
                    printer.note("nothing to continue: this is the REPL; :quit leaves")
                case let command: perform(command)
                }
            }
        }
    }

    /// Runs code typed at the prompt (or read by `:load`) as a cell, and shows what it did.
    @discardableResult
    func run(_ code: String, file: String) -> CellRecord {
        let cell = Cell(index: entryCount, language: "swift", fenceLine: 1, firstCodeLine: 1, code: code,
                        source: code.hasSuffix("\n") ? code : code + "\n", options: CellOptions())
        entryCount += 1
        return runCell(cell, file: file)
    }

    /// Runs a cell with a fresh Ctrl-C flag, and shows its result, figures and errors.
    func runCell(_ cell: Cell, file: String? = nil) -> CellRecord {
        Interrupt.clear()
        let record = session.run(cell, file: file)
        if Interrupt.take() { printer.interrupted() }
        printer.outcome(of: record)
        return record
    }

    // MARK: Reading

    private enum Entry {
        case code(String)
        case command(String)
        case cancelled
        case end
    }

    /// One entry: lines are read while the text so far is incomplete. Ctrl-C drops the
    /// entry; Ctrl-D on the first line ends the loop, on a later line drops the entry.
    private func readEntry() -> Entry {
        var lines: [String] = []
        while true {
            switch input.readLine(prompt: lines.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .end:
                return lines.isEmpty ? .end : .cancelled
            case .interrupted:
                return .cancelled
            case .line(let line):
                if !line.allSatisfy(\.isWhitespace) { input.remember(line) }
                if lines.isEmpty, line.hasPrefix(":") { return .command(line) }
                lines.append(line)
                let text = lines.joined(separator: "\n")
                if !Interpreter.isIncomplete(text) { return .code(text) }
            }
        }
    }

    // MARK: Completion

    /// Tab completion: `:` commands at the start of a line, else names in scope and members
    /// after a dot (the interpreter's `completions(prefix:)`).
    func complete(_ word: String, line: String) -> [String] {
        if line.hasPrefix(":"), !line.contains(" ") {
            let typed = word.hasPrefix(":") ? word : ":" + word
            let names = ColonCommand.names.filter { $0.hasPrefix(typed) }
            return word.hasPrefix(":") ? names : names.map { String($0.dropFirst()) }
        }
        return session.interpreter.completions(prefix: word)
    }
}
