// The one door to GNU readline: the REPL's and step mode's terminal input, with history
// kept in a file, Tab completion and Ctrl-C handling. Nothing else in Retort sees it.
import CReadline
import Foundation
import Notebook

/// Lines from readline on a terminal: editing, a history file (read at start, appended to
/// after every entered line, at most 1000 lines), Tab completion through `completer`.
///
/// Readline is told not to catch signals: `Interrupt`'s SIGINT handler raises its flag and
/// interrupts the wait for the next key, and the line being typed is dropped, so Ctrl-C at
/// the prompt clears the line. One instance per process: readline's state is global.
final class ReadlineInput: TerminalInput {
    /// Lines kept in the history file.
    static let historyLimit: Int32 = 1000
    /// Characters that end the word Tab completes. `.` is not one of them, so `xs.ma`
    /// completes as a whole (to `xs.map`); `:` is, so `:he` completes to `:help`.
    private static let wordBreaks = strdup(" \t\n\"\\'`@><=;|&{(}[]),+-*/%!?:^~")

    var completer: ((_ word: String, _ line: String) -> [String])?
    private let historyPath: String?
    private var lastRemembered: String?

    /// Readline set up for Retort, with its history in `historyPath` (none when nil). The
    /// file is created when missing; a file that cannot be read or written only loses the
    /// history, never the session.
    init(historyPath: String?) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("retort"))
        rl_catch_signals = 0
        rl_basic_word_break_characters = UnsafePointer(Self.wordBreaks)
        rl_attempted_completion_function = readlineCompletion
        using_history()
        stifle_history(Self.historyLimit)
        if let historyPath {
            if !FileManager.default.fileExists(atPath: historyPath) {
                _ = FileManager.default.createFile(atPath: historyPath, contents: nil)
            }
            read_history(historyPath)
            history_truncate_file(historyPath, Self.historyLimit)
        }
        activeInput = self
    }

    /// The history file: `~/.retort_history` (`$HOME`), none when there is no home.
    static var defaultHistoryPath: String? {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".retort_history")
    }

    /// Reads a line with readline's callback interface, waiting in `poll` so that a Ctrl-C
    /// (which interrupts the wait) drops the line at once.
    func readLine(prompt: String) -> LineRead {
        Interrupt.clear()
        enteredLine = nil
        rl_callback_handler_install(prompt, readlineLineHandler)
        defer { rl_callback_handler_remove() }
        while enteredLine == nil {
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, -1) < 0 {
                guard errno == EINTR else { return .end }
                if Interrupt.take() {
                    rl_callback_sigcleanup()
                    rl_replace_line("", 0)
                    FileHandle.standardOutput.write(Data("^C\n".utf8))
                    return .interrupted
                }
                continue
            }
            rl_callback_read_char()
        }
        guard case .some(.some(let line)) = enteredLine else {
            if isatty(STDOUT_FILENO) != 0 { FileHandle.standardOutput.write(Data("\n".utf8)) }
            return .end
        }
        return .line(line)
    }

    func readKey(prompt: String) -> Character? {
        Interrupt.clear()
        return KeyPress.next(prompt: prompt) { FileHandle.standardOutput.write(Data($0.utf8)) }
    }

    func remember(_ line: String) {
        guard line != lastRemembered else { return }
        lastRemembered = line
        add_history(line)
        if let historyPath { append_history(1, historyPath) }
    }

    /// The candidates of the completion in progress (readline asks for them one by one).
    fileprivate var candidates: [String] = []
}

/// The input readline's C callbacks talk to (C function pointers cannot capture it).
private var activeInput: ReadlineInput?
/// What readline handed over: nil while a line is being edited, `.some(nil)` at the end of
/// input (Ctrl-D), else the line.
private var enteredLine: String??

/// Readline's completion entry: asks the input's completer for the word before the cursor
/// and never falls back to file names.
private func readlineCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    rl_completion_suppress_append = 1
    guard let text, let input = activeInput, let completer = input.completer else { return nil }
    let line = rl_line_buffer.map { String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: Int(max(0, end))), as: UTF8.self) } ?? ""
    input.candidates = completer(String(cString: text), line)
    guard !input.candidates.isEmpty else { return nil }
    return rl_completion_matches(text) { _, state in
        guard let input = activeInput else { return nil }
        let index = Int(state)
        return index < input.candidates.count ? strdup(input.candidates[index]) : nil
    }
}

/// Readline's line handler (callback interface): takes the line, and stops readline from
/// showing the prompt again.
private func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    enteredLine = .some(line.map { String(cString: $0) })
    free(line)
    rl_callback_handler_remove()
}
