import ArgumentParser
import Foundation
import Notebook

/// `retort repl [NOTEBOOK.md]`: a readline prompt over the cell language, with the
/// notebook's cells run first.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl", abstract: "Explore in a prompt, after running a notebook's cells (optional).",
        discussion: """
            Type a statement or expression and press Enter; an entry continues on the next line \
            (prompt '...') while a bracket is open. Tab completes names in scope and, after a dot, \
            members. History is kept in ~/.retort_history (Up and Down recall it). Ctrl-C stops \
            a running cell, which leaves every variable as it was before; at the prompt it clears \
            the line. Ctrl-D or :quit leaves.

            Commands: :help, :help NAME, :vars, :load FILE (a notebook's cells, or a file of code), \
            :quit.
            """)

    @OptionGroup var session: TerminalArguments

    @Argument(help: "A notebook whose cells run before the first prompt (its seed and params apply).")
    var notebook: String?

    func run() throws {
        let status = session.tool().repl(notebook: notebook, options: session.runOptions)
        if status != 0 { throw ExitCode(status) }
    }
}
