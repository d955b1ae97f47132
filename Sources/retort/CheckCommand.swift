import ArgumentParser
import Notebook

/// `retort check NOTEBOOK.md...`: reads each notebook and parses every cell without running
/// anything; reports every problem found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check notebooks for syntax errors without running them.")

    @Argument(help: "The notebooks to check.")
    var notebooks: [String]

    func validate() throws {
        if notebooks.isEmpty { throw ValidationError("give at least one notebook to check") }
    }

    func run() throws {
        let status = NotebookTool(console: .standard, registry: PreludeRegistry.make()).check(paths: notebooks)
        if status != 0 { throw ExitCode(status) }
    }
}
