/// Statements: declarations, assignments, control flow, blocks.
extension Parser {
    /// One statement (several for `let a = 1, b = 2`).
    func parseStatement() throws -> [Stmt] {
        try nested {
            let token = current
            if token.kind == .keyword {
                switch token.text {
                case "let", "var": return try parseBindings()
                case "func": return [try parseFunction()]
                case "if": return [try parseIf()]
                case "guard": return [try parseGuard()]
                case "for", "while", "repeat": return [try parseLoop(label: nil, start: token.range)]
                case "switch": return [try parseSwitch()]
                case "do":
                    advance()
                    let body = try parseBlock()
                    return [Stmt(.block(body), token.range.union(previousRange))]
                case "break", "continue": return [parseJump()]
                case "return": return [try parseReturn()]
                case "import":
                    while !check(.newline) && !check(.endOfFile) && !checkPunctuation(";") { advance() }
                    return []
                case "struct", "class", "enum", "protocol", "extension":
                    fail("'\(token.text)' declarations are not supported in cells; use functions, tuples and dictionaries", at: token.range)
                    throw Abort()
                case "true", "false", "nil": break
                default:
                    if token.text.hasPrefix("@") {
                        advance()
                        return try parseStatement()
                    }
                    fail("'\(token.text)' is not supported in cells", at: token.range)
                    throw Abort()
                }
            }
            if token.kind == .identifier, peek().kind == .punctuation, peek().text == ":",
                peek(2).kind == .keyword, ["for", "while", "repeat"].contains(peek(2).text)
            {
                advance()
                advance()
                return [try parseLoop(label: token.text, start: token.range)]
            }
            return [try parseExpressionStatement()]
        }
    }

    private func parseExpressionStatement() throws -> Stmt {
        let expr = try parseExpression()
        let token = current
        if token.kind == .operator, let op = PrecedenceTable.assignment[token.text] {
            advance()
            skipNewlines()
            guard isAssignable(expr) else {
                fail("cannot assign to this expression; only variables, elements and properties can be assigned", at: expr.range)
                throw Abort()
            }
            let value = try parseExpression()
            return Stmt(.assignment(target: expr, op: op, value: value, opRange: token.range), expr.range.union(value.range))
        }
        return Stmt(.expression(expr), expr.range)
    }

    private func isAssignable(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier, .member, .subscripting: return true
        case .tuple(let items): return items.allSatisfy { isAssignable($0.value) }
        case .forceUnwrap(let inner): return isAssignable(inner)
        default: return false
        }
    }

    /// Statements up to the `}` matching `open` (which the caller consumed); consumes the `}`.
    func parseStatements(until open: Token) throws -> [Stmt] {
        try inside(open) { try parseStatementsInside(open) }
    }

    private func parseStatementsInside(_ open: Token) throws -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            skipSeparators()
            if checkPunctuation("}") {
                advance()
                return statements
            }
            if check(.endOfFile) {
                fail("expected '}' to match this opening '{'", at: open.range)
                throw Abort()
            }
            statements.append(contentsOf: parseStatementRecovering())
            requireStatementEnd()
        }
    }

    /// After a statement: a newline, `;`, `}` or the end must follow.
    func requireStatementEnd() {
        let token = current
        switch (token.kind, token.text) {
        case (.newline, _), (.endOfFile, _), (.punctuation, ";"), (.punctuation, "}"): return
        default:
            fail("consecutive statements on a line must be separated by ';'", at: token.range, abort: false)
            synchronize(from: index)
        }
    }

    /// `{ statements }`.
    func parseBlock() throws -> [Stmt] {
        guard checkPunctuation("{") else {
            fail("expected '{'", at: current.range)
            throw Abort()
        }
        let open = advance()
        let savedTrailing = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = savedTrailing }
        return try within(insensitive: false) { try parseStatements(until: open) }
    }

    private func parseBindings() throws -> [Stmt] {
        let keyword = advance()
        var statements: [Stmt] = []
        repeat {
            let pattern = try parsePattern()
            var type: TypeSpec?
            if match(.punctuation, ":") { type = try parseType() }
            var value: Expr?
            if checkOperator("=") {
                advance()
                skipNewlines()
                value = try parseExpression()
            }
            if value == nil && type == nil {
                fail("type annotation missing in pattern; write '\(keyword.text) name = value' or '\(keyword.text) name: Type'", at: pattern.range)
                throw Abort()
            }
            let range = keyword.range.union(previousRange)
            statements.append(Stmt(.binding(isConstant: keyword.text == "let", pattern: pattern, type: type, value: value), range))
        } while match(.punctuation, ",")
        return statements
    }

    /// `x`, `_`, or `(a, b)` (nesting allowed).
    func parsePattern() throws -> Pattern {
        try nested { try parsePatternUnbounded() }
    }

    private func parsePatternUnbounded() throws -> Pattern {
        let token = current
        if token.kind == .identifier {
            advance()
            return token.text == "_" ? .wildcard(token.range) : .name(token.literalText ?? token.text, token.range)
        }
        if token.kind == .punctuation && token.text == "(" {
            advance()
            let items: [Pattern] = try within(insensitive: true) {
                var items: [Pattern] = []
                while !checkPunctuation(")") {
                    if checkKeyword("let") || checkKeyword("var") { advance() }
                    items.append(try parsePattern())
                    if !match(.punctuation, ",") && !checkPunctuation(")") {
                        fail("expected ',' or ')' in pattern", at: current.range)
                        throw Abort()
                    }
                }
                advance()
                return items
            }
            return .tuple(items, token.range.union(previousRange))
        }
        fail("expected a name or a tuple pattern such as (i, x)", at: token.range)
        throw Abort()
    }

    private func parseFunction() throws -> Stmt {
        let keyword = advance()
        let nameToken = current
        guard nameToken.kind == .identifier else {
            fail("expected a function name after 'func'", at: nameToken.range)
            throw Abort()
        }
        advance()
        guard checkPunctuation("(") else {
            fail("expected '(' in argument list of function declaration", at: current.range)
            throw Abort()
        }
        let open = advance()
        let parameters: [ParameterSyntax] = try within(insensitive: true) {
            var parameters: [ParameterSyntax] = []
            while !checkPunctuation(")") {
                if check(.endOfFile) {
                    fail("expected ')' to match this opening '('", at: open.range)
                    throw Abort()
                }
                parameters.append(try parseParameter())
                if !match(.punctuation, ",") && !checkPunctuation(")") {
                    fail("expected ',' or ')' in parameter list", at: current.range)
                    throw Abort()
                }
            }
            advance()
            return parameters
        }
        if checkKeyword("throws") { advance() }
        var returnType: TypeSpec?
        if checkOperator("->") {
            advance()
            returnType = try parseType()
        }
        let body = try functionBody { try parseBlock() }
        let syntax = FunctionSyntax(
            name: nameToken.literalText ?? nameToken.text, nameRange: nameToken.range, parameters: parameters,
            returnType: returnType, body: body, range: keyword.range.union(previousRange))
        return Stmt(.function(syntax), syntax.range)
    }

    /// `label name: Type = default`, `_ name: Type`, `name: Type...`.
    private func parseParameter() throws -> ParameterSyntax {
        let first = current
        guard first.kind == .identifier || first.kind == .keyword else {
            fail("expected parameter name", at: first.range)
            throw Abort()
        }
        advance()
        var label: String? = first.literalText ?? first.text
        var name = label ?? "_"
        if current.kind == .identifier {
            name = current.literalText ?? current.text
            advance()
        } else if first.kind == .keyword {
            fail("keyword '\(first.text)' cannot be a parameter name; add a name after the label", at: first.range)
            throw Abort()
        }
        if label == "_" { label = nil }
        var type: TypeSpec?
        if match(.punctuation, ":") {
            if checkKeyword("inout") { advance() }
            type = try parseType()
        }
        var variadic = false
        if checkOperator("...") {
            advance()
            variadic = true
        }
        var defaultValue: Expr?
        if checkOperator("=") {
            advance()
            defaultValue = try parseExpression()
        }
        return ParameterSyntax(
            label: label, name: name, type: type, defaultValue: defaultValue, isVariadic: variadic,
            range: first.range.union(previousRange))
    }
}
