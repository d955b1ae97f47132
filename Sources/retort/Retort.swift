import ArgumentParser
import Notebook
import TensorCore

/// The `retort` command: run, render and check notebooks (LANGUAGE.md, "The command line").
/// Each subcommand is its own file.
@main
struct Retort: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retort",
        abstract: "A literate notebook environment for dataset distillation.",
        discussion: """
            A notebook is a Markdown file whose ```swift cells Retort runs in order, in one \
            environment. Exit status: 0 when every cell ran (or failed as expected), 1 when a \
            cell failed, 2 when the notebook could not be read or has syntax errors.
            """,
        version: RetortVersion.current,
        subcommands: [RunCommand.self, RenderCommand.self, CheckCommand.self, ReferenceCommand.self, StepCommand.self,
                      ReplCommand.self])

    /// Makes the C allocator keep freed tensor memory for reuse (`Allocator`), so a training
    /// loop faults its pages in once rather than every batch, then runs the subcommand.
    static func main() {
        Allocator.retainFreedMemory()
        main(nil)
    }
}
