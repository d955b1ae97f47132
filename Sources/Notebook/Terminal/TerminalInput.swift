/// Where the REPL and step mode read what the person types: a line editor with history and
/// completion on a terminal (readline, in the `retort` executable: the only code that sees
/// C's readline), or a script in tests.
public protocol TerminalInput: AnyObject {
    /// Reads one line after showing `prompt`; the line has no newline.
    func readLine(prompt: String) -> LineRead
    /// Reads one key press after showing `prompt` (step mode's choices). Enter is `"\n"`.
    /// Returns nil at the end of input (Ctrl-D), `"\u{3}"` for Ctrl-C.
    func readKey(prompt: String) -> Character?
    /// Adds an entered line to the history (kept across sessions by the line editor).
    func remember(_ line: String)
    /// Completes the word before the cursor: given the text of the line up to the cursor,
    /// the candidates for its last word, each a replacement for that whole word.
    var completer: ((_ word: String, _ line: String) -> [String])? { get set }
}

/// What reading a line gave.
public enum LineRead: Equatable, Sendable {
    /// A line the person entered.
    case line(String)
    /// Ctrl-C at the prompt: the line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the input ended.
    case end
}
