/// Splits a cell's text into tokens (LANGUAGE.md, "Lexical").
///
/// Goals, in order: never crash or hang on any input (a fuzz target runs it); report every
/// lexical error with its position and keep going; cover the text exactly, trivia included,
/// so `Lexer.tokenize` serves the report's highlighter. Cost O(n) in the text's length.
///
/// Strings are split into `stringStart`, `stringText`, `interpolationStart`, the tokens of the
/// interpolated expression, `interpolationEnd`, …, `stringEnd`; interpolations nest.
public struct Lexer {
    /// Tokenizes text for highlighting: every token including whitespace, newlines and
    /// comments, in order, so that concatenating their `text` gives back `source`. Lexical
    /// errors show up as `.error` tokens (or unterminated strings); nothing is thrown.
    public static func tokenize(_ source: String) -> [Token] {
        lex(SourceText(source)).tokens
    }

    /// Tokens and lexical diagnostics of a cell (the parser's input).
    static func lex(_ source: SourceText) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        let scanner = Scanner(source)
        scanner.lexCode(untilInterpolationEnd: false)
        scanner.emit(.endOfFile, from: scanner.position)
        return (scanner.tokens, scanner.diagnostics)
    }

    /// Words the language reserves.
    static let keywords: Set<String> = [
        "let", "var", "func", "return", "if", "else", "guard", "for", "in", "while", "repeat", "break",
        "continue", "true", "false", "nil", "switch", "case", "default", "do", "as", "is", "where",
        "struct", "class", "enum", "protocol", "extension", "import", "try", "throw", "throws", "inout",
        "fallthrough", "defer", "static", "self", "init",
    ]

    /// Basic functions a highlighter may show in their own colour.
    static let builtinFunctionNames: Set<String> = [
        "print", "abs", "min", "max", "sqrt", "exp", "log", "pow", "floor", "ceil", "round", "format",
        "random", "seed", "stride", "zip", "help",
    ]

    /// Multi-character operators, longest first (maximal munch).
    static let operators: [String] = [
        "...", "..<", "==", "!=", "<=", ">=", "&&", "||", "??", "~=", "+=", "-=", "*=", "/=", "%=", "->",
        "+", "-", "*", "/", "%", "=", "<", ">", "!", "?", "&", "|", "^", "~",
    ]

    /// Deepest nesting of string interpolations the lexer follows.
    static let maximumInterpolationDepth = 32
}

/// The lexer's mutable state (a class so the recursive string/interpolation scanning can
/// share it).
final class Scanner {
    let source: SourceText
    let scalars: [Unicode.Scalar]
    var position = 0
    var tokens: [Token] = []
    var diagnostics: [Diagnostic] = []
    var interpolationDepth = 0

    init(_ source: SourceText) {
        self.source = source
        self.scalars = source.scalars
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = position + offset
        return i >= 0 && i < scalars.count ? scalars[i] : nil
    }

    func error(_ message: String, _ start: Int, _ end: Int) {
        diagnostics.append(Diagnostic(message, at: SourceRange(start, max(end, start + 1)), in: source))
    }

    func emit(_ kind: TokenKind, from start: Int, literal: Token.Literal? = nil) {
        let range = SourceRange(start, position)
        let before = start == 0 || Scanner.isLeftDelimiter(scalars[start - 1])
        let after = position >= scalars.count || Scanner.isRightDelimiter(scalars[position])
        tokens.append(
            Token(
                kind: kind, range: range, text: source.slice(start..<position), literal: literal,
                spaceBefore: before, spaceAfter: after))
    }

    static func isLeftDelimiter(_ c: Unicode.Scalar) -> Bool {
        " \t\r\n([{,;:".unicodeScalars.contains(c)
    }

    static func isRightDelimiter(_ c: Unicode.Scalar) -> Bool {
        " \t\r\n)]},;:".unicodeScalars.contains(c)
    }

    /// Lexes code until the end of text, or — inside an interpolation — until the `)` that
    /// closes it (returns true when it found it).
    @discardableResult
    func lexCode(untilInterpolationEnd: Bool) -> Bool {
        var parenDepth = 0
        while let c = peek() {
            let start = position
            switch c {
            case " ", "\t":
                while let d = peek(), d == " " || d == "\t" { position += 1 }
                emit(.whitespace, from: start)
            case "\n", "\r":
                position += (c == "\r" && peek(1) == "\n") ? 2 : 1
                emit(.newline, from: start)
            case "/" where peek(1) == "/":
                while let d = peek(), d != "\n", d != "\r" { position += 1 }
                emit(.comment, from: start)
            case "/" where peek(1) == "*":
                lexBlockComment()
            case "\"":
                lexString()
            case "(":
                parenDepth += 1
                position += 1
                emit(.punctuation, from: start)
            case ")":
                position += 1
                if untilInterpolationEnd && parenDepth == 0 {
                    emit(.interpolationEnd, from: start)
                    return true
                }
                parenDepth -= 1
                emit(.punctuation, from: start)
            case "[", "]", "{", "}", ",", ":", ";":
                position += 1
                emit(.punctuation, from: start)
            case "0"..."9":
                lexNumber()
            case "$":
                position += 1
                while let d = peek(), ("0"..."9").contains(d) { position += 1 }
                if position == start + 1 {
                    error("expected a number after '$' (write $0, $1, … for closure arguments)", start, position)
                    emit(.error, from: start)
                } else {
                    emit(.dollarIdentifier, from: start)
                }
            case "`":
                lexBacktickIdentifier()
            case "." where isIdentifierStart(peek(1)) && startsSymbol():
                position += 1
                while isIdentifierContinue(peek()) { position += 1 }
                emit(.symbol, from: start)
            case "@" where isIdentifierStart(peek(1)):
                position += 1
                while isIdentifierContinue(peek()) { position += 1 }
                emit(.keyword, from: start)
            case "\\":
                position += 1
                error("a backslash is only allowed inside a string literal", start, position)
                emit(.error, from: start)
            default:
                if isIdentifierStart(c) {
                    while isIdentifierContinue(peek()) { position += 1 }
                    let word = source.slice(start..<position)
                    emit(Lexer.keywords.contains(word) ? .keyword : .identifier, from: start)
                } else if c == "." && peek(1) != "." {
                    position += 1
                    emit(.punctuation, from: start)
                } else if let op = matchOperator() {
                    position += op.unicodeScalars.count
                    emit(.operator, from: start)
                } else {
                    position += 1
                    error("unexpected character '\(c.escaped(asASCII: false))' in source", start, position)
                    emit(.error, from: start)
                }
            }
        }
        return false
    }

    /// A `.name` is a symbol unless it follows something that ends an expression (then it is
    /// member access: `xs.count`, `f().x`, `a[0].y`).
    func startsSymbol() -> Bool {
        guard position > 0 else { return true }
        let previous = scalars[position - 1]
        if isIdentifierContinue(previous) || previous == ")" || previous == "]" || previous == "\""
            || previous == "}" || previous == "?" || previous == "!"
        {
            return false
        }
        return true
    }

    func matchOperator() -> String? {
        for op in Lexer.operators {
            var matches = true
            for (i, s) in op.unicodeScalars.enumerated() where peek(i) != s {
                matches = false
                break
            }
            if matches { return op }
        }
        return nil
    }

    func lexBlockComment() {
        let start = position
        position += 2
        var depth = 1
        while depth > 0, let c = peek() {
            if c == "/" && peek(1) == "*" {
                depth += 1
                position += 2
            } else if c == "*" && peek(1) == "/" {
                depth -= 1
                position += 2
            } else {
                position += 1
            }
        }
        if depth > 0 { error("unterminated '/*' comment", start, start + 2) }
        emit(.comment, from: start)
    }

    func lexBacktickIdentifier() {
        let start = position
        position += 1
        while isIdentifierContinue(peek()) { position += 1 }
        if peek() == "`" && position > start + 1 {
            let name = source.slice(start + 1..<position)
            position += 1
            emit(.identifier, from: start, literal: .text(name))
        } else {
            error("expected an identifier and a closing '`'", start, position)
            emit(.error, from: start)
        }
    }

    func isIdentifierStart(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c == "_" || c.properties.isXIDStart
    }

    func isIdentifierContinue(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c == "_" || c.properties.isXIDContinue
    }
}
