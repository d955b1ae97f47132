import ArgumentParser
import Foundation
import Notebook

/// `retort step NOTEBOOK.md`: the notebook section by section, each cell run on request.
struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step", abstract: "Step through a notebook: each section, then each cell on request.",
        discussion: """
            Each Markdown section is shown, then the next cell with its code, and one key says \
            what to do with the cell:
              Enter  run it                    s  skip it
              e      edit it in $EDITOR (else $VISUAL, else vi), then run the edited version
              r      run again the cell that ran last
              :      open the REPL prompt here (same variables); an empty line or :continue \
            comes back to the cell
              q      quit (also Ctrl-D)
            The walk goes on when the cell succeeds or is skipped, and stays on a cell that \
            failed. Ctrl-C stops a running cell and leaves every variable as it was before it.
            """)

    @OptionGroup var session: TerminalArguments

    @Argument(help: "The notebook to step through (a Markdown file).")
    var notebook: String

    func run() throws {
        let status = session.tool().step(notebook: notebook, options: session.runOptions)
        if status != 0 { throw ExitCode(status) }
    }
}
