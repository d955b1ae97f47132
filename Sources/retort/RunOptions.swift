import ArgumentParser
import Notebook

/// The options `run` and `render` share (LANGUAGE.md).
struct RunArguments: ParsableArguments {
    @Argument(help: "The notebook to run (a Markdown file).")
    var notebook: String

    @Option(help: "Seed of the run's random generator (overrides the front matter's `seed`).")
    var seed: UInt64?

    @Option(name: .customLong("param"), help: ArgumentHelp(
        "Set a notebook parameter, parsed as the type of its default (repeatable).", valueName: "NAME=VALUE"))
    var params: [String] = []

    @Flag(help: "Run every cell even after one fails.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Root directory for figures; a notebook's go to DIR/<notebook-name>/.", valueName: "DIR"))
    var figures: String = "Figures"

    @Flag(help: "Print one JSON document describing the run instead of the cells' output.")
    var json = false

    @Flag(help: "Print no cell output and no progress; errors still go to stderr.")
    var quiet = false

    /// The runner's options.
    var runOptions: NotebookRunOptions {
        NotebookRunOptions(seed: seed, params: params, keepGoing: keepGoing, figuresRoot: figures)
    }
}
