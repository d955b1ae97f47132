/// Parses a cell into statements (recursive descent; expressions by precedence climbing over
/// `PrecedenceTable`).
///
/// Goals, in order: never crash, trap or hang on any input (a fuzz target drives it; nesting
/// is bounded by `maximumDepth`); report every syntax error of a cell in one pass
/// (panic-mode recovery at statement starts, as jlox's `synchronize()`); give every node its
/// source range. Newlines end statements except inside `(…)` and `[…]` and after a binary
/// operator; a line starting with `.name` continues the previous expression (Swift's
/// leading-dot member chains).
final class Parser {
    let source: SourceText
    let tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic]
    /// One entry per open bracket: true where newlines are insignificant (`(` and `[`).
    var newlineInsensitive: [Bool] = [false]
    /// Nesting depth of expressions and blocks, bounded by `maximumDepth`.
    var depth = 0
    /// False while parsing the condition of `if`/`while`/`for`/`guard`/`switch`, where a `{`
    /// starts the body rather than a trailing closure.
    var allowTrailingClosure = true
    /// Labels of the enclosing loops of the current function (nil for unlabelled loops).
    var loopLabels: [String?] = []
    /// Enclosing `switch` statements of the current function.
    var switchDepth = 0
    /// True inside a `func` or closure body (where `return` is allowed).
    var inFunction = false
    /// The brackets open around the current token, innermost last (so that running out of
    /// input names the bracket left open).
    var openBrackets: [Token] = []

    static let maximumDepth = 200
    /// Longest chain of binary operators or postfix links in one expression (the AST of a
    /// chain is as deep as the chain is long).
    static let maximumChain = 1000

    /// Thrown to abandon the current statement after a syntax error has been recorded.
    struct Abort: Error {}

    init(_ source: SourceText) {
        self.source = source
        let lexed = Lexer.lex(source)
        self.tokens = lexed.tokens.filter { $0.kind != .whitespace && $0.kind != .comment }
        self.diagnostics = lexed.diagnostics
    }

    /// Parses the whole cell: its statements and every diagnostic (lexical and syntax).
    func parseCell() -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            skipSeparators()
            if check(.endOfFile) { break }
            if check(.punctuation, "}") {
                fail("extraneous '}' at top level", at: current.range, abort: false)
                advance()
                continue
            }
            statements.append(contentsOf: parseStatementRecovering())
            requireStatementEnd()
        }
        return statements
    }

    // MARK: Tokens

    /// The current token; inside `(…)`/`[…]` newlines are skipped.
    var current: Token {
        if newlineInsensitive.last == true {
            while index < tokens.count - 1 && tokens[index].kind == .newline { index += 1 }
        }
        return tokens[min(index, tokens.count - 1)]
    }

    /// The token after the current one (newlines skipped when insensitive).
    func peek(_ offset: Int = 1) -> Token {
        _ = current
        var i = index
        var remaining = offset
        while remaining > 0 && i < tokens.count - 1 {
            i += 1
            if newlineInsensitive.last == true && tokens[i].kind == .newline { continue }
            remaining -= 1
        }
        return tokens[min(i, tokens.count - 1)]
    }

    /// The previous token's range (for spans ending at it).
    var previousRange: SourceRange {
        index > 0 ? tokens[min(index - 1, tokens.count - 1)].range : SourceRange(0, 0)
    }

    @discardableResult
    func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func check(_ kind: TokenKind, _ text: String? = nil) -> Bool {
        let token = current
        return token.kind == kind && (text == nil || token.text == text)
    }

    func checkKeyword(_ word: String) -> Bool { check(.keyword, word) }
    func checkPunctuation(_ text: String) -> Bool { check(.punctuation, text) }
    func checkOperator(_ text: String) -> Bool { check(.operator, text) }

    func match(_ kind: TokenKind, _ text: String) -> Bool {
        if check(kind, text) {
            advance()
            return true
        }
        return false
    }

    /// Consumes the expected punctuation or fails with `message`.
    @discardableResult
    func expect(_ text: String, _ message: String, note: (String, SourceRange)? = nil) throws -> Token {
        if checkPunctuation(text) { return advance() }
        var notes: [Diagnostic.Note] = []
        if let (noteText, at) = note { notes.append(.init(noteText, at: source.location(of: at.start))) }
        fail(message, at: current.range, notes: notes, abort: false)
        throw Abort()
    }

    func skipNewlines() {
        while tokens[min(index, tokens.count - 1)].kind == .newline { index += 1 }
    }

    func skipSeparators() {
        while current.kind == .newline || (current.kind == .punctuation && current.text == ";") { advance() }
    }

    /// The next token after any newlines, without consuming.
    func nextSkippingNewlines() -> Token {
        var i = index
        while i < tokens.count - 1 && tokens[i].kind == .newline { i += 1 }
        return tokens[i]
    }

    /// Runs `body` as a function or closure body: `return` allowed, no enclosing loops.
    func functionBody<T>(_ body: () throws -> T) rethrows -> T {
        let saved = (loopLabels, switchDepth, inFunction)
        loopLabels = []
        switchDepth = 0
        inFunction = true
        defer { (loopLabels, switchDepth, inFunction) = saved }
        return try body()
    }

    // MARK: Errors and recovery

    func fail(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = [], abort: Bool = true) {
        var range = range
        if current.kind == .endOfFile && range.start >= source.scalars.count && !source.scalars.isEmpty {
            range = SourceRange(source.scalars.count - 1, source.scalars.count)
        }
        let diagnostic = Diagnostic(message, at: range, in: source, notes: notes)
        if !diagnostics.contains(where: { $0.location == diagnostic.location }) { diagnostics.append(diagnostic) }
    }

    /// Runs `body` inside a bracket (newline-insensitive for `(`/`[`, sensitive for `{`).
    func within<T>(insensitive: Bool, _ body: () throws -> T) rethrows -> T {
        newlineInsensitive.append(insensitive)
        defer { newlineInsensitive.removeLast() }
        return try body()
    }

    /// Runs `body` with `open` on the stack of open brackets.
    func inside<T>(_ open: Token, _ body: () throws -> T) rethrows -> T {
        openBrackets.append(open)
        defer { openBrackets.removeLast() }
        return try body()
    }

    /// The error for input that ends while a bracket is open.
    func failAtEndOfInput() {
        if let open = openBrackets.last {
            let closing = open.text == "(" ? ")" : open.text == "[" ? "]" : "}"
            fail("expected '\(closing)' to match this opening '\(open.text)'", at: open.range)
        } else {
            fail("expected expression", at: current.range)
        }
    }

    /// Guards recursion depth so deeply nested input is an error, not a stack overflow.
    func nested<T>(_ body: () throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            fail("expression or block is nested too deeply (more than \(Parser.maximumDepth) levels)", at: current.range)
            throw Abort()
        }
        return try body()
    }

    /// Parses one statement; after an error skips to the next statement start (a newline or
    /// `;` outside brackets, or a `}` closing the enclosing block).
    func parseStatementRecovering() -> [Stmt] {
        let start = index
        let savedBrackets = newlineInsensitive
        let savedOpen = openBrackets
        let savedDepth = depth
        do {
            return try parseStatement()
        } catch {
            newlineInsensitive = savedBrackets
            openBrackets = savedOpen
            depth = savedDepth
            synchronize(from: start)
            return [Stmt(.error, SourceRange(tokens[min(start, tokens.count - 1)].range.start, previousRange.end))]
        }
    }

    func synchronize(from start: Int) {
        if index == start { advance() }
        var balance = 0
        while true {
            let token = tokens[min(index, tokens.count - 1)]
            switch (token.kind, token.text) {
            case (.endOfFile, _): return
            case (.newline, _), (.punctuation, ";"):
                if balance <= 0 { return }
            case (.punctuation, "("), (.punctuation, "["), (.punctuation, "{"):
                balance += 1
            case (.punctuation, ")"), (.punctuation, "]"), (.punctuation, "}"):
                if balance == 0 && token.text == "}" { return }
                balance -= 1
            default: break
            }
            index += 1
        }
    }
}
