/// A parsed cell: its source, statements, and every lexical and syntax diagnostic.
///
/// A cell with errors is never run; `Interpreter.check` parses all cells of a notebook so
/// that every syntax error is reported before anything runs.
public struct ParsedCell {
    /// The cell's source and its place in the notebook.
    public let source: SourceText
    /// Lexical and syntax errors, in source order; empty when the cell can run.
    public let diagnostics: [Diagnostic]
    let statements: [Stmt]

    /// True when the cell has an error and cannot run.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    init(source: SourceText, statements: [Stmt], diagnostics: [Diagnostic]) {
        self.source = source
        self.statements = statements
        self.diagnostics = diagnostics.sorted {
            ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
        }
    }
}

/// The REPL's question "does this input need more lines?" (as Lua's `incomplete()`): true
/// while a bracket is open, a multi-line string or block comment is unterminated, or the
/// last line ends with a binary operator.
enum Completeness {
    static func isIncomplete(_ text: String) -> Bool {
        let (tokens, diagnostics) = Lexer.lex(SourceText(text))
        if diagnostics.contains(where: {
            $0.message.hasPrefix("unterminated multi-line string") || $0.message.hasPrefix("unterminated '/*'")
                || $0.message.hasPrefix("unterminated string interpolation")
        }) {
            return true
        }
        var depth = 0
        var last: Token?
        for token in tokens {
            switch (token.kind, token.text) {
            case (.punctuation, "("), (.punctuation, "["), (.punctuation, "{"), (.interpolationStart, _): depth += 1
            case (.punctuation, ")"), (.punctuation, "]"), (.punctuation, "}"), (.interpolationEnd, _): depth -= 1
            default: break
            }
            if token.kind != .whitespace && token.kind != .comment && token.kind != .newline && token.kind != .endOfFile {
                last = token
            }
        }
        if depth > 0 { return true }
        if let last, last.kind == .operator {
            let postfix = (last.text == "!" || last.text == "?") && !last.spaceBefore
            return !postfix
        }
        return false
    }
}
