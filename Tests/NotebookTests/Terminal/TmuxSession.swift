import Foundation
import XCTest

/// A program running in a pseudo-terminal that tmux provides: keys are sent as a person
/// would type them and the screen is read back, so the REPL and step mode are tested through
/// a real terminal (readline, signals, the terminal's modes) even in CI, where no terminal
/// is attached. Each session has its own tmux server (its own socket) and ends with it.
final class TmuxSession {
    private let socket: String
    private let file: StaticString
    private let line: UInt

    /// Starts `arguments` (a program and its arguments) in a detached 100×40 terminal, with
    /// `environment` added to this process's.
    init(_ arguments: [String], environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws {
        socket = "retort-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        self.file = file
        self.line = line
        let configuration = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(socket).conf")
        try "set -g remain-on-exit on\nset -g history-limit 5000\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: configuration) }
        // A shell waits for the program and prints its exit status: tmux's own record of a
        // pane's exit status proved unreliable (the pane sometimes stays unreaped). The shell
        // ignores Ctrl-C through a trap, which the program does not inherit.
        let command = ["sh", "-c", "trap : INT; \"$@\"; echo \"\(Self.exitMark)$?]\"", "sh", "env"]
            + environment.map { "\($0.key)=\($0.value)" }.sorted() + arguments
        try tmux(["-f", configuration, "new-session", "-d", "-s", "main", "-x", "100", "-y", "40", "--"] + command)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// The path of a program, found on `PATH`.
    static func which(_ program: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Types `text` literally (no key names).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Presses keys by tmux's names: `Enter`, `Tab`, `Up`, `C-c`, `C-d`, or a character.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types `text`, then presses Enter.
    func enter(_ text: String) throws {
        try type(text)
        try press("Enter")
    }

    /// The screen and its scrollback, lines without trailing blanks, blank lines at the end
    /// dropped.
    func screen() throws -> String {
        let text = try tmux(["capture-pane", "-p", "-t", "main", "-S", "-"])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Waits (polling every 20 ms, at most `timeout` seconds) until the screen satisfies
    /// `condition`; returns the screen. Fails the test, showing the screen, on timeout.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try self.screen()
        while !condition(screen) {
            guard Date() < deadline else {
                XCTFail("timed out waiting for \(what); the screen:\n\(screen)", file: file, line: line)
                return screen
            }
            usleep(20_000)
            screen = try self.screen()
        }
        return screen
    }

    /// Waits until the screen's last line is `text` (a prompt, say).
    @discardableResult
    func waitForLastLine(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil("the last line to be '\(text)'", timeout: timeout) { $0.split(separator: "\n").last.map(String.init) == text }
    }

    /// Waits until the screen contains `text` `count` times.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: Double = 10) throws -> String {
        try waitUntil("'\(text)' \(count) time(s)", timeout: timeout) { $0.components(separatedBy: text).count - 1 >= count }
    }

    /// What the shell prints when the program has exited, before its status and `]`.
    private static let exitMark = "[exited with status "

    /// Waits until the program has exited and returns its exit status (nil: it did not exit).
    func waitForExit(timeout: Double = 10) throws -> Int32? {
        let screen = try waitFor(Self.exitMark, timeout: timeout)
        guard let mark = screen.range(of: Self.exitMark, options: .backwards) else { return nil }
        return Int32(screen[mark.upperBound...].prefix { $0.isNumber })
    }

    /// Runs a tmux command against this session's server, its output going through a file.
    /// Spawned directly rather than with Foundation's `Process`, which on Linux learns that a
    /// child ended when a socket it shares closes: the server that `new-session` starts
    /// inherits that socket and keeps it open, and `Process` would wait forever.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(socket)-\(UUID().uuidString.prefix(8)).out")
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = ([Self.which("tmux") ?? "/usr/bin/tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0]!, &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError(message: "tmux cannot start (error \(spawned)); is it installed?") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitedCleanly = status & 0x7f == 0 && (status >> 8) & 0xff == 0
        if !exitedCleanly, arguments != ["kill-server"] {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}

/// A tmux command that failed.
struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
