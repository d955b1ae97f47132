/// Primary expressions: literals, names, symbols, parentheses and tuples, array and
/// dictionary literals, string literals with interpolation, closures.
extension Parser {
    func parsePrimary() throws -> Expr {
        let token = current
        switch token.kind {
        case .integer:
            advance()
            guard case .integer(let magnitude)? = token.literal, magnitude <= UInt64(Int.max) else {
                fail("integer literal overflows Int", at: token.range)
                throw Abort()
            }
            return Expr(.integer(Int(magnitude)), token.range)
        case .float:
            advance()
            guard case .float(let value)? = token.literal else { return Expr(.error, token.range) }
            return Expr(.double(value), token.range)
        case .stringStart:
            return try parseString()
        case .identifier:
            advance()
            return Expr(.identifier(token.literalText ?? token.text), token.range)
        case .dollarIdentifier:
            advance()
            guard let n = Int(token.text.dropFirst()), n < 256 else {
                fail("'\(token.text)' is not a valid closure argument; use $0 … $255", at: token.range)
                throw Abort()
            }
            return Expr(.dollar(n), token.range)
        case .symbol:
            advance()
            return Expr(.symbol(String(token.text.dropFirst())), token.range)
        case .keyword:
            switch token.text {
            case "true", "false":
                advance()
                return Expr(.bool(token.text == "true"), token.range)
            case "nil":
                advance()
                return Expr(.nilLiteral, token.range)
            default:
                fail("expected expression, found keyword '\(token.text)'", at: token.range)
                throw Abort()
            }
        case .punctuation:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseCollectionLiteral()
            case "{": return try parseClosure()
            default: break
            }
        case .operator where PrecedenceTable.binary[token.text] != nil
            && peek().kind == .punctuation && (peek().text == ")" || peek().text == ","):
            advance()
            return Expr(.operatorReference(token.text), token.range)
        case .error:
            advance()
            throw Abort()
        case .endOfFile:
            failAtEndOfInput()
            throw Abort()
        default:
            break
        }
        fail("expected expression", at: token.range)
        throw Abort()
    }

    /// `(e)`, `()`, `(a, b)`, `(x: 1, y: 2)`.
    private func parseParenthesized() throws -> Expr {
        let open = advance()
        let elements = try parseArguments(closing: ")", open: open)
        let range = open.range.union(previousRange)
        if elements.count == 1 && elements[0].label == nil {
            return Expr(elements[0].value.kind, range)
        }
        return Expr(.tuple(elements), range)
    }

    /// `[1, 2]`, `[]`, `["a": 1]`, `[:]`.
    private func parseCollectionLiteral() throws -> Expr {
        let open = advance()
        let savedTrailing = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = savedTrailing }
        return try within(insensitive: true) { try inside(open) {
            if checkPunctuation(":") && peek().kind == .punctuation && peek().text == "]" {
                advance()
                advance()
                return Expr(.dictionary([]), open.range.union(previousRange))
            }
            var elements: [Expr] = []
            var pairs: [(key: Expr, value: Expr)] = []
            var isDictionary = false
            while !checkPunctuation("]") {
                if check(.endOfFile) {
                    fail("expected ']' to match this opening '['", at: open.range)
                    throw Abort()
                }
                let first = try parseExpression()
                if checkPunctuation(":") {
                    if !isDictionary && !elements.isEmpty {
                        fail("expected ',' in array literal, found ':'", at: current.range)
                        throw Abort()
                    }
                    isDictionary = true
                    advance()
                    pairs.append((first, try parseExpression()))
                } else {
                    if isDictionary {
                        fail("expected ':' and a value in dictionary literal", at: current.range)
                        throw Abort()
                    }
                    elements.append(first)
                }
                if checkPunctuation(",") {
                    advance()
                } else if !checkPunctuation("]") {
                    if check(.endOfFile) {
                        fail("expected ']' to match this opening '['", at: open.range)
                    } else {
                        fail("expected ',' or ']' in \(isDictionary ? "dictionary" : "array") literal", at: current.range)
                    }
                    throw Abort()
                }
            }
            advance()
            let range = open.range.union(previousRange)
            return isDictionary ? Expr(.dictionary(pairs), range) : Expr(.array(elements), range)
        } }
    }

    /// A string literal: text segments and `\(…)` interpolations up to the closing quote.
    private func parseString() throws -> Expr {
        let open = advance()
        var parts: [StringPart] = []
        loop: while true {
            let token = tokens[min(index, tokens.count - 1)]
            switch token.kind {
            case .stringText:
                index += 1
                parts.append(.text(token.literalText ?? ""))
            case .interpolationStart:
                index += 1
                let value = try within(insensitive: true) { () throws -> Expr in
                    let savedTrailing = allowTrailingClosure
                    allowTrailingClosure = true
                    defer { allowTrailingClosure = savedTrailing }
                    if check(.interpolationEnd) {
                        fail("expected expression in string interpolation", at: current.range)
                        throw Abort()
                    }
                    let value = try parseExpression()
                    guard check(.interpolationEnd) else {
                        fail("expected ')' to end the string interpolation", at: current.range)
                        throw Abort()
                    }
                    advance()
                    return value
                }
                parts.append(.expression(value))
            case .stringEnd:
                index += 1
                break loop
            default:
                break loop
            }
        }
        let range = open.range.union(previousRange)
        if parts.allSatisfy({ if case .text = $0 { return true } else { return false } }) {
            let text = parts.map { if case .text(let t) = $0 { return t } else { return "" } }.joined()
            return Expr(.string(text), range)
        }
        return Expr(.interpolated(parts), range)
    }

    /// `{ (x: Int) -> Int in … }`, `{ x, y in … }`, `{ $0 * 2 }`, `{ print("hi") }`.
    func parseClosure() throws -> Expr {
        let open = advance()
        let savedTrailing = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = savedTrailing }
        return try within(insensitive: false) {
            let signature = try parseClosureSignature()
            let body = try functionBody { try parseStatements(until: open) }
            let range = open.range.union(previousRange)
            let closure = ClosureSyntax(
                parameters: signature?.parameters ?? [], returnType: signature?.returnType, body: body,
                hasSignature: signature != nil, range: range)
            return Expr(.closure(closure), range)
        }
    }

    /// The `params (-> T)? in` head of a closure, or nil (index unchanged) when there is none.
    private func parseClosureSignature() throws -> (parameters: [ParameterSyntax], returnType: TypeSpec?)? {
        let start = index
        let savedDiagnostics = diagnostics
        skipNewlines()
        var parameters: [ParameterSyntax] = []
        if checkPunctuation("(") {
            advance()
            do {
                try within(insensitive: true) {
                    while !checkPunctuation(")") {
                        guard current.kind == .identifier else { throw Abort() }
                        let nameToken = advance()
                        var type: TypeSpec?
                        if match(.punctuation, ":") { type = try parseType() }
                        parameters.append(
                            ParameterSyntax(
                                label: nil, name: nameToken.text, type: type, defaultValue: nil, isVariadic: false,
                                range: nameToken.range.union(previousRange)))
                        if !match(.punctuation, ",") && !checkPunctuation(")") { throw Abort() }
                    }
                    advance()
                }
            } catch {
                index = start
                diagnostics = savedDiagnostics
                return nil
            }
        } else {
            while current.kind == .identifier {
                let nameToken = advance()
                parameters.append(
                    ParameterSyntax(label: nil, name: nameToken.text, type: nil, defaultValue: nil, isVariadic: false, range: nameToken.range))
                if !match(.punctuation, ",") { break }
            }
            if parameters.isEmpty || !checkKeyword("in") {
                index = start
                diagnostics = savedDiagnostics
                return nil
            }
        }
        var returnType: TypeSpec?
        if checkOperator("->") {
            advance()
            do {
                returnType = try parseType()
            } catch {
                index = start
                diagnostics = savedDiagnostics
                return nil
            }
        }
        guard checkKeyword("in") else {
            index = start
            diagnostics = savedDiagnostics
            return nil
        }
        advance()
        return (parameters, returnType)
    }
}
