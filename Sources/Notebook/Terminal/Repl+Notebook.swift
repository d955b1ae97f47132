import CellLanguage

extension Repl {
    /// Runs a notebook's cells in the REPL's session, top to bottom, showing their output
    /// (`retort repl NOTEBOOK.md` before the first prompt; `:load FILE.md`). Nothing runs when
    /// a cell has a syntax error; the run stops at the first cell that fails. Diagnostics
    /// name `file` (nil: the session's notebook). Returns how many cells ran without failing.
    func runCells(of document: NotebookDocument, file: String? = nil) -> Int {
        let syntaxErrors = NotebookRunner(document: document).syntaxErrors
        guard syntaxErrors.isEmpty else {
            printer.diagnostics(syntaxErrors.flatMap(\.diagnostics))
            printer.note("\(document.path) has syntax errors: no cell ran")
            return 0
        }
        var ran = 0
        for cell in document.cells {
            let record = runCell(cell, file: file)
            guard record.isOK else { break }
            ran += 1
        }
        return ran
    }
}
