import ArgumentParser
import Foundation
import Prelude

/// `retort reference`: prints the Prelude's API reference in Markdown, or with `--update
/// README.md` rewrites the README's generated section in place (`make api-reference`).
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference", abstract: "Print the Prelude's API reference in Markdown (or update the README's copy).")

    @Option(help: ArgumentHelp(
        "Rewrite the API reference between the markers of this Markdown file instead of printing it.", valueName: "README.md"))
    var update: String?

    func run() throws {
        let reference = APIReference.markdown(PreludeRegistry.make())
        guard let path = update else {
            print(reference, terminator: "")
            return
        }
        let readme = try String(contentsOfFile: path, encoding: .utf8)
        let updated = try APIReference.splice(reference, into: readme)
        if updated != readme { try updated.write(toFile: path, atomically: true, encoding: .utf8) }
    }
}
