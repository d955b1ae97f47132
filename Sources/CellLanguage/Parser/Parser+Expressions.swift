/// Expressions: precedence climbing over `PrecedenceTable`, prefix operators, and the
/// postfix chain (calls, trailing closures, members, subscripts, `!`, optional chaining).
extension Parser {
    func parseExpression(_ minimum: Int = 0) throws -> Expr {
        try nested {
            var lhs = try parseUnary()
            var previousNonAssociative: String?
            var operators = 0
            while true {
                operators += 1
                if operators > Parser.maximumChain {
                    fail("expression is too long (more than \(Parser.maximumChain) operators); split it into several statements", at: current.range)
                    throw Abort()
                }
                let token = current
                if token.kind == .operator && token.text == "?" && token.spaceBefore {
                    guard PrecedenceTable.ternary.precedence >= minimum else { break }
                    advance()
                    skipNewlines()
                    let then = try parseExpression(PrecedenceTable.ternary.precedence + 1)
                    skipNewlinesIfAtOperator(":")
                    guard checkPunctuation(":") else {
                        fail("expected ':' after '? …' in ternary expression", at: current.range)
                        throw Abort()
                    }
                    advance()
                    skipNewlines()
                    let otherwise = try parseExpression(PrecedenceTable.ternary.precedence)
                    lhs = Expr(.ternary(condition: lhs, then: then, else: otherwise), lhs.range.union(otherwise.range))
                    continue
                }
                if token.kind == .keyword && (token.text == "as" || token.text == "is") {
                    guard PrecedenceTable.casting.precedence >= minimum else { break }
                    lhs = try parseCast(lhs)
                    continue
                }
                guard token.kind == .operator, let level = PrecedenceTable.binary[token.text] else { break }
                guard level.precedence >= minimum else { break }
                if level.associativity == .none, previousNonAssociative == level.group {
                    fail("adjacent operators are in non-associative precedence group '\(level.group)'", at: token.range)
                    throw Abort()
                }
                advance()
                skipNewlines()
                let next = level.associativity == .right ? level.precedence : level.precedence + 1
                let rhs = try parseExpression(next)
                lhs = Expr(.binary(op: token.text, lhs: lhs, rhs: rhs, opRange: token.range), lhs.range.union(rhs.range))
                previousNonAssociative = level.associativity == .none ? level.group : nil
            }
            return lhs
        }
    }

    private func skipNewlinesIfAtOperator(_ text: String) {
        let next = nextSkippingNewlines()
        if next.kind == .punctuation && next.text == text { skipNewlines() }
    }

    private func parseCast(_ value: Expr) throws -> Expr {
        let keyword = advance()
        if keyword.text == "is" {
            let type = try parseType()
            return Expr(.typeCheck(value, type), value.range.union(previousRange))
        }
        var kind = CastKind.plain
        if current.kind == .operator && !current.spaceBefore && (current.text == "?" || current.text == "!") {
            kind = advance().text == "?" ? .optional : .forced
        }
        let type = try parseType()
        return Expr(.cast(value, type, kind: kind), value.range.union(previousRange))
    }

    func parseUnary() throws -> Expr {
        let token = current
        let isReference = peek().kind == .punctuation && (peek().text == ")" || peek().text == ",")
        if token.kind == .operator, PrecedenceTable.prefix.contains(token.text), !isReference {
            advance()
            if token.text == "-", current.kind == .integer, case .integer(let magnitude)? = current.literal,
                magnitude == UInt64(Int.max) + 1
            {
                let literal = advance()
                return try parsePostfix(Expr(.integer(Int.min), token.range.union(literal.range)))
            }
            let operand = try nested { try parseUnary() }
            return Expr(.prefix(op: token.text, operand: operand), token.range.union(operand.range))
        }
        if token.kind == .operator, token.text == "..<" || token.text == "..." {
            fail("one-sided ranges ('\(token.text)x') are not supported; write both bounds", at: token.range)
            throw Abort()
        }
        return try parsePostfix(try parsePrimary())
    }

    func parsePostfix(_ base: Expr) throws -> Expr {
        var expr = base
        var optionalChain = false
        var links = 0
        while true {
            links += 1
            if links > Parser.maximumChain {
                fail("expression is too long (more than \(Parser.maximumChain) calls, members or subscripts in a chain)", at: current.range)
                throw Abort()
            }
            let token = current
            switch (token.kind, token.text) {
            case (.punctuation, "(") where !isOnNewLine:
                let open = advance()
                let arguments = try parseArguments(closing: ")", open: open)
                expr = Expr(.call(callee: typeCallee(expr), arguments: arguments), expr.range.union(previousRange))
                expr = try attachTrailingClosure(to: expr)
            case (.punctuation, "[") where !isOnNewLine:
                let open = advance()
                let indices = try parseArguments(closing: "]", open: open)
                expr = Expr(.subscripting(base: expr, indices: indices, optional: optionalChain), expr.range.union(previousRange))
                optionalChain = false
            case (.punctuation, "."):
                advance()
                expr = try parseMember(of: expr, optional: optionalChain)
                optionalChain = false
            case (.symbol, _):
                let name = advance()
                expr = Expr(
                    .member(base: expr, name: String(name.text.dropFirst()), nameRange: name.range, optional: optionalChain),
                    expr.range.union(name.range))
                optionalChain = false
            case (.newline, _) where nextSkippingNewlines().kind == .symbol:
                skipNewlines()
            case (.operator, "!") where !token.spaceBefore:
                advance()
                expr = Expr(.forceUnwrap(expr), expr.range.union(token.range))
            case (.operator, "?") where !token.spaceBefore:
                advance()
                let next = tokens[min(index, tokens.count - 1)]
                guard next.kind == .symbol || (next.kind == .punctuation && (next.text == "." || next.text == "[")) else {
                    fail("expected '.' or '[' after '?' for optional chaining", at: next.range)
                    throw Abort()
                }
                optionalChain = true
            case (.punctuation, "{") where allowTrailingClosure && isCallable(expr):
                let before = index
                expr = try attachTrailingClosure(to: expr)
                if index == before { return expr }
            default:
                return expr
            }
        }
    }

    /// True when a newline separates the current token from the previous one.
    private var isOnNewLine: Bool {
        index > 0 && tokens[index - 1].kind == .newline && newlineInsensitive.last != true
    }

    private func isCallable(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier, .member, .call, .subscripting, .dollar: return true
        default: return false
        }
    }

    /// `xs.map { … }` / `f(x) { … }`: appends a closure written after the call.
    private func attachTrailingClosure(to expr: Expr) throws -> Expr {
        guard allowTrailingClosure, checkPunctuation("{"), !isOnNewLine else { return expr }
        let closure = try parseClosure()
        let argument = Argument(label: nil, labelRange: nil, value: closure, isTrailing: true)
        if case .call(let callee, var arguments) = expr.kind {
            arguments.append(argument)
            return Expr(.call(callee: callee, arguments: arguments), expr.range.union(closure.range))
        }
        return Expr(.call(callee: expr, arguments: [argument]), expr.range.union(closure.range))
    }

    private func parseMember(of base: Expr, optional: Bool) throws -> Expr {
        let token = current
        switch token.kind {
        case .identifier, .keyword:
            advance()
            let name = token.literalText ?? token.text
            return Expr(.member(base: base, name: name, nameRange: token.range, optional: optional), base.range.union(token.range))
        case .integer:
            advance()
            return Expr(.member(base: base, name: token.text, nameRange: token.range, optional: optional), base.range.union(token.range))
        case .float where token.text.allSatisfy({ $0.isNumber || $0 == "." }):
            advance()
            var expr = base
            for part in token.text.split(separator: ".") {
                expr = Expr(.member(base: expr, name: String(part), nameRange: token.range, optional: optional), base.range.union(token.range))
            }
            return expr
        default:
            fail("expected member name following '.'", at: token.range)
            throw Abort()
        }
    }

    /// Arguments of a call or subscript up to `closing`: `label: value` or `value`, separated
    /// by commas; newlines are insignificant inside.
    func parseArguments(closing: String, open: Token) throws -> [Argument] {
        let savedTrailing = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = savedTrailing }
        return try within(insensitive: true) { try inside(open) {
            var arguments: [Argument] = []
            while !checkPunctuation(closing) {
                if check(.endOfFile) {
                    fail("expected '\(closing)' to match this opening '\(open.text)'", at: open.range)
                    throw Abort()
                }
                var label: String?
                var labelRange: SourceRange?
                if current.kind == .identifier || current.kind == .keyword, peek().kind == .punctuation, peek().text == ":" {
                    let token = advance()
                    label = token.literalText ?? token.text
                    labelRange = token.range
                    advance()
                }
                let value = try parseExpression()
                arguments.append(Argument(label: label, labelRange: labelRange, value: value))
                if checkPunctuation(",") {
                    advance()
                } else if !checkPunctuation(closing) {
                    if check(.endOfFile) {
                        fail("expected '\(closing)' to match this opening '\(open.text)'", at: open.range)
                    } else {
                        fail("expected ',' or '\(closing)' in \(closing == ")" ? "argument list" : "subscript")", at: current.range)
                    }
                    throw Abort()
                }
            }
            advance()
            return arguments
        } }
    }

    /// `[Int]()` and `[String: Int]()`: a literal that spells a type, used as a callee.
    private func typeCallee(_ expr: Expr) -> Expr {
        switch expr.kind {
        case .array(let elements) where elements.count == 1:
            if let element = typeFromExpression(elements[0]) { return Expr(.typeValue(.array(element)), expr.range) }
        case .dictionary(let pairs) where pairs.count == 1:
            if let key = typeFromExpression(pairs[0].key), let value = typeFromExpression(pairs[0].value) {
                return Expr(.typeValue(.dictionary(key, value)), expr.range)
            }
        default: break
        }
        return expr
    }

    private func typeFromExpression(_ expr: Expr) -> TypeSpec? {
        switch expr.kind {
        case .identifier(let name) where name.first?.isUppercase == true: return TypeSpec.named(name)
        case .typeValue(let type): return type
        case .array(let elements) where elements.count == 1: return typeFromExpression(elements[0]).map { .array($0) }
        default: return nil
        }
    }
}

extension Token {
    /// The cooked text of string segments and backtick identifiers.
    var literalText: String? {
        if case .text(let text)? = literal { return text }
        return nil
    }
}
