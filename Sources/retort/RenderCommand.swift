import ArgumentParser
import Notebook

/// `retort render NOTEBOOK.md -o REPORT.html`: runs the notebook and writes its HTML report.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Run a notebook and write its HTML report.")

    @OptionGroup var arguments: RunArguments

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Where to write the report (default: the notebook's path with .html).", valueName: "REPORT.html"))
    var output: String?

    func run() throws {
        let status = NotebookTool(console: .standard, registry: PreludeRegistry.make())
            .render(path: arguments.notebook, to: output, options: arguments.runOptions, json: arguments.json,
                    quiet: arguments.quiet)
        if status != 0 { throw ExitCode(status) }
    }
}
