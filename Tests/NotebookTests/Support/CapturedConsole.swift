import Foundation
import Notebook

/// A console that keeps what is written, for tests of the command line.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    /// Everything written to standard output.
    var out: String { lock.withLock { outText } }
    /// Everything written to standard error.
    var err: String { lock.withLock { errText } }

    /// The console to hand to `NotebookTool`.
    var console: Console {
        Console(out: { text in self.lock.withLock { self.outText += text } },
                err: { text in self.lock.withLock { self.errText += text } })
    }
}

/// Writes `text` as a notebook file named `name` in `directory` and returns its path.
func writeNotebook(_ text: String, named name: String = "demo.md", in directory: String) throws -> String {
    let path = (directory as NSString).appendingPathComponent(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
