import Notebook
import XCTest

/// Terminal input from a script, for tests of the REPL and step mode: lines, Ctrl-C, keys
/// and Tab presses in order; the end of the script is Ctrl-D.
final class ScriptedInput: TerminalInput {
    /// One thing the person does.
    enum Event {
        /// Types a line and presses Enter.
        case line(String)
        /// Presses Ctrl-C at a line prompt.
        case interrupt
        /// Presses one key at step mode's prompt (Enter is "\n").
        case key(Character)
        /// Presses Tab with `line` typed before the cursor, `word` its last word; the
        /// candidates are kept in `completions`.
        case tab(word: String, line: String)
    }

    private var events: [Event]
    private let file: StaticString
    private let testLine: UInt
    /// The prompts shown, in order.
    private(set) var prompts: [String] = []
    /// The lines given to the history.
    private(set) var history: [String] = []
    /// The candidates offered at each Tab, in order.
    private(set) var completions: [[String]] = []
    var completer: ((String, String) -> [String])?

    init(_ events: [Event], file: StaticString = #filePath, line: UInt = #line) {
        self.events = events
        self.file = file
        self.testLine = line
    }

    func readLine(prompt: String) -> LineRead {
        prompts.append(prompt)
        while let event = next() {
            switch event {
            case .line(let line): return .line(line)
            case .interrupt: return .interrupted
            case .tab(let word, let line): completions.append(completer?(word, line) ?? [])
            case .key(let key): XCTFail("a line was read where the script presses the key \(key.debugDescription)",
                                        file: file, line: testLine)
            }
        }
        return .end
    }

    func readKey(prompt: String) -> Character? {
        prompts.append(prompt)
        guard let event = next() else { return nil }
        guard case .key(let key) = event else {
            XCTFail("a key was read where the script has \(event)", file: file, line: testLine)
            return nil
        }
        return key
    }

    func remember(_ line: String) {
        history.append(line)
    }

    private func next() -> Event? {
        events.isEmpty ? nil : events.removeFirst()
    }
}
