/// Terminal styling (ANSI SGR codes), applied only when `enabled`: colours go to a terminal,
/// never into a pipe or a file.
public struct TerminalStyle: Sendable {
    /// Whether styles are written at all.
    public var enabled: Bool

    /// A style that colours when `enabled` (typically: standard output is a terminal).
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Bold text (headings, prompts).
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dim text (line numbers, hints).
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Cyan text (cell headers).
    public func cyan(_ text: String) -> String { wrap(text, "36") }
    /// Green text (success notes).
    public func green(_ text: String) -> String { wrap(text, "32") }
    /// Red text (failures).
    public func red(_ text: String) -> String { wrap(text, "31") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
