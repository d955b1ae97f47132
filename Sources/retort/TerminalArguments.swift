import ArgumentParser
import Foundation
import Notebook

/// The options `repl` and `step` share, and the terminal tool they drive.
struct TerminalArguments: ParsableArguments {
    @Option(help: "Seed of the run's random generator (overrides the front matter's `seed`).")
    var seed: UInt64?

    @Option(name: .customLong("param"), help: ArgumentHelp(
        "Set a notebook parameter, parsed as the type of its default (repeatable).", valueName: "NAME=VALUE"))
    var params: [String] = []

    @Option(help: ArgumentHelp("Root directory for figures; a notebook's go to DIR/<notebook-name>/.", valueName: "DIR"))
    var figures: String = "Figures"

    /// The session's options.
    var runOptions: NotebookRunOptions {
        NotebookRunOptions(seed: seed, params: params, figuresRoot: figures)
    }

    /// The terminal tool on readline and the standard streams, with Ctrl-C handled.
    func tool() -> TerminalTool {
        Interrupt.install()
        return TerminalTool(console: .standard, registry: PreludeRegistry.make(),
                            input: ReadlineInput(historyPath: ReadlineInput.defaultHistoryPath),
                            style: TerminalStyle(enabled: isatty(STDOUT_FILENO) != 0))
    }
}
