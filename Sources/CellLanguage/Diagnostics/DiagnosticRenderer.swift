/// Turns diagnostics into text: the only place where a `Diagnostic` becomes a string.
///
/// Format (LANGUAGE.md), with an optional call stack, innermost frame last:
///
/// ```
/// Notebooks/demo.md:20:12: error: division by zero
///     return a / b
///            ^~~~~
/// note: to match this opening '{' (Notebooks/demo.md:3:5)
/// call stack (innermost last):
///   Notebooks/demo.md:25:1: in cell 'init'
///   Notebooks/demo.md:20:12: in divide(_:by:)
/// ```
///
/// The source line is indented by four spaces; the caret line repeats the line's tabs so the
/// caret stays aligned in a terminal. With `colored`, ANSI colours mark the severity.
public struct DiagnosticRenderer: Sendable {
    /// Whether to emit ANSI colour escapes (only when writing to a terminal).
    public var colored: Bool

    /// Makes a renderer; colours are off unless asked for.
    public init(colored: Bool = false) {
        self.colored = colored
    }

    /// The full text of a diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = "\(diagnostic.file):\(diagnostic.location): "
        out += paint(diagnostic.severity.rawValue + ":", severityColor(diagnostic.severity))
        out += " " + paint(diagnostic.message, "1") + "\n"
        out += "    " + diagnostic.sourceLine + "\n"
        out += "    " + caretLine(diagnostic) + "\n"
        for note in diagnostic.notes {
            out += paint("note:", "36") + " " + note.message
            if let at = note.location { out += " (\(diagnostic.file):\(at))" }
            out += "\n"
        }
        if !diagnostic.callStack.isEmpty {
            out += "call stack (innermost last):\n"
            for frame in diagnostic.callStack {
                if frame.skippedCount > 0 {
                    out += "  … \(frame.skippedCount) more call\(frame.skippedCount == 1 ? "" : "s") …\n"
                } else {
                    out += "  \(frame.file):\(frame.location): in \(frame.name)\n"
                }
            }
        }
        return out
    }

    /// Renders several diagnostics, one after another.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// Spaces (tabs kept) up to the column, then `^` and `~` for the rest of the span.
    func caretLine(_ diagnostic: Diagnostic) -> String {
        let line = Array(diagnostic.sourceLine.unicodeScalars)
        let column = max(0, diagnostic.location.column - 1)
        var pad = ""
        for i in 0..<column { pad += i < line.count && line[i] == "\t" ? "\t" : " " }
        let marks = "^" + String(repeating: "~", count: max(0, diagnostic.length - 1))
        return pad + paint(marks, "32")
    }

    func severityColor(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;35"
        case .note: return "1;36"
        }
    }

    func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
