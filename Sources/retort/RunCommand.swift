import ArgumentParser
import Notebook

/// `retort run NOTEBOOK.md`: runs the cells top to bottom, printing each cell's output and
/// result (or, with `--json`, one JSON document); diagnostics go to stderr.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a notebook and print its cells' output.")

    @OptionGroup var arguments: RunArguments

    func run() throws {
        let status = NotebookTool(console: .standard, registry: PreludeRegistry.make())
            .run(path: arguments.notebook, options: arguments.runOptions, json: arguments.json,
                 quiet: arguments.quiet)
        if status != 0 { throw ExitCode(status) }
    }
}
