import Foundation

/// Step mode's `e`: the cell's code in the person's editor (`$VISUAL`, else `$EDITOR`, else
/// `vi`), on a temporary `.swift` file that is removed afterwards.
struct CellEditor {
    /// The editor command, run through `/bin/sh` so that it may carry arguments
    /// (`EDITOR="code --wait"`).
    let command: String

    /// The editor the environment names.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let named = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        command = named ?? "vi"
    }

    /// Opens `code` in the editor and returns the text saved.
    /// - Throws: `CellEditorError` when the temporary file cannot be written or read, or the
    ///   editor cannot start or exits with a failure status.
    func edit(_ code: String) throws -> String {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("retort-cell-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).swift")
        do {
            try code.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            throw CellEditorError("the cell cannot be written to \(file.path) (\(error.localizedDescription)); check TMPDIR")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let editor = Process()
        editor.executableURL = URL(fileURLWithPath: "/bin/sh")
        editor.arguments = ["-c", "\(command) \"$1\"", "retort-editor", file.path]
        do {
            try editor.run()
        } catch {
            throw CellEditorError("the editor '\(command)' cannot start (\(error.localizedDescription)); set EDITOR")
        }
        editor.waitUntilExit()
        guard editor.terminationStatus == 0 else {
            throw CellEditorError("the editor '\(command)' exited with status \(editor.terminationStatus); the cell is unchanged")
        }
        guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
            throw CellEditorError("the edited cell cannot be read back from \(file.path) as UTF-8 text")
        }
        return text
    }
}

/// Why a cell could not be edited; the message says what to do.
struct CellEditorError: Error, CustomStringConvertible {
    /// The message.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
