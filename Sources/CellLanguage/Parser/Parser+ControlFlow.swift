/// Control-flow statements: `if`, `guard`, loops (with labels), `switch`, `break`,
/// `continue`, `return`, and the checks that jumps are where Swift allows them.
extension Parser {
    /// Conditions of `if`, `guard`, `while`: comma-separated expressions and optional
    /// bindings, parsed where a `{` starts the body, not a trailing closure.
    private func parseConditions() throws -> [Condition] {
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        var conditions: [Condition] = []
        repeat {
            skipNewlines()
            if checkKeyword("let") || checkKeyword("var") {
                let keyword = advance()
                guard current.kind == .identifier else {
                    fail("expected a name after '\(keyword.text)'", at: current.range)
                    throw Abort()
                }
                let name = advance()
                if checkPunctuation(":") {
                    advance()
                    _ = try parseType()
                }
                var value = Expr(.identifier(name.text), name.range)
                if checkOperator("=") {
                    advance()
                    value = try parseExpression()
                }
                conditions.append(.optionalBinding(isConstant: keyword.text == "let", name: name.text, nameRange: name.range, value: value))
            } else {
                conditions.append(.expression(try parseExpression()))
            }
        } while match(.punctuation, ",")
        return conditions
    }

    func parseIf() throws -> Stmt {
        let keyword = advance()
        let conditions = try parseConditions()
        let then = try parseBlock()
        var otherwise: [Stmt]?
        let next = nextSkippingNewlines()
        if next.kind == .keyword && next.text == "else" {
            skipNewlines()
            advance()
            if checkKeyword("if") {
                otherwise = [try parseIf()]
            } else {
                otherwise = try parseBlock()
            }
        }
        return Stmt(.ifStatement(conditions: conditions, then: then, else: otherwise), keyword.range.union(previousRange))
    }

    func parseGuard() throws -> Stmt {
        let keyword = advance()
        let conditions = try parseConditions()
        guard checkKeyword("else") else {
            fail("expected 'else' after 'guard' condition", at: current.range)
            throw Abort()
        }
        advance()
        let body = try parseBlock()
        return Stmt(.guardStatement(conditions: conditions, else: body), keyword.range.union(previousRange))
    }

    func parseLoop(label: String?, start: SourceRange) throws -> Stmt {
        let keyword = advance()
        switch keyword.text {
        case "for":
            if checkKeyword("case") || checkKeyword("var") || checkKeyword("let") { advance() }
            let pattern = try parsePattern()
            guard checkKeyword("in") else {
                fail("expected 'in' after for-each pattern", at: current.range)
                throw Abort()
            }
            advance()
            let saved = allowTrailingClosure
            allowTrailingClosure = false
            let sequence = try parseExpression()
            var whereClause: Expr?
            if checkKeyword("where") {
                advance()
                whereClause = try parseExpression()
            }
            allowTrailingClosure = saved
            let body = try loopBody(label) { try parseBlock() }
            return Stmt(
                .forIn(label: label, pattern: pattern, sequence: sequence, whereClause: whereClause, body: body),
                start.union(previousRange))
        case "while":
            let conditions = try parseConditions()
            let body = try loopBody(label) { try parseBlock() }
            return Stmt(.whileLoop(label: label, conditions: conditions, body: body), start.union(previousRange))
        default:
            let body = try loopBody(label) { try parseBlock() }
            skipNewlines()
            guard checkKeyword("while") else {
                fail("expected 'while' after 'repeat' body", at: current.range)
                throw Abort()
            }
            advance()
            let condition = try parseExpression()
            return Stmt(.repeatWhile(label: label, body: body, condition: condition), start.union(previousRange))
        }
    }

    func parseSwitch() throws -> Stmt {
        let keyword = advance()
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        let subject = try parseExpression()
        allowTrailingClosure = saved
        guard checkPunctuation("{") else {
            fail("expected '{' after 'switch' subject", at: current.range)
            throw Abort()
        }
        let open = advance()
        let cases: [SwitchCase] = try within(insensitive: false) {
            var cases: [SwitchCase] = []
            while true {
                skipSeparators()
                if match(.punctuation, "}") { return cases }
                if check(.endOfFile) {
                    fail("expected '}' to match this opening '{'", at: open.range)
                    throw Abort()
                }
                let start = current
                var patterns: [CasePattern] = []
                var whereClause: Expr?
                if checkKeyword("default") {
                    advance()
                } else if checkKeyword("case") {
                    advance()
                    repeat {
                        skipNewlines()
                        patterns.append(try parseCasePattern())
                    } while match(.punctuation, ",")
                    if checkKeyword("where") {
                        advance()
                        whereClause = try parseExpression()
                    }
                } else {
                    fail("'\(start.text)' is not a case label; each group of statements in a switch starts with 'case …:' or 'default:'", at: start.range)
                    throw Abort()
                }
                try expect(":", "expected ':' after case pattern")
                var body: [Stmt] = []
                switchDepth += 1
                defer { switchDepth -= 1 }
                while true {
                    skipSeparators()
                    if checkKeyword("case") || checkKeyword("default") || checkPunctuation("}") || check(.endOfFile) { break }
                    body.append(contentsOf: parseStatementRecovering())
                    requireStatementEnd()
                }
                if body.isEmpty {
                    fail("'\(start.text)' label in a 'switch' must have at least one executable statement", at: start.range, abort: false)
                }
                cases.append(SwitchCase(patterns: patterns, whereClause: whereClause, body: body, range: start.range.union(previousRange)))
            }
        }
        return Stmt(.switchStatement(subject: subject, cases: cases), keyword.range.union(previousRange))
    }

    private func parseCasePattern() throws -> CasePattern {
        if checkKeyword("let") || checkKeyword("var") {
            advance()
            let name = current
            guard name.kind == .identifier else {
                fail("expected a name after 'let' in case pattern", at: name.range)
                throw Abort()
            }
            advance()
            return name.text == "_" ? .wildcard : .binding(name: name.text, range: name.range)
        }
        if current.kind == .identifier && current.text == "_" {
            advance()
            return .wildcard
        }
        return .value(try parseExpression())
    }

    private func loopBody<T>(_ label: String?, _ body: () throws -> T) rethrows -> T {
        loopLabels.append(label)
        defer { loopLabels.removeLast() }
        return try body()
    }

    func parseJump() -> Stmt {
        let keyword = advance()
        var label: String?
        if current.kind == .identifier {
            label = advance().text
        }
        let range = keyword.range.union(previousRange)
        if let label {
            if !loopLabels.contains(label) { fail("use of unresolved label '\(label)'", at: range, abort: false) }
        } else if keyword.text == "break" && loopLabels.isEmpty && switchDepth == 0 {
            fail("unlabeled 'break' is only allowed inside a loop or switch", at: keyword.range, abort: false)
        } else if keyword.text == "continue" && loopLabels.isEmpty {
            fail("'continue' is only allowed inside a loop", at: keyword.range, abort: false)
        }
        return Stmt(keyword.text == "break" ? .breakStatement(label: label) : .continueStatement(label: label), range)
    }

    func parseReturn() throws -> Stmt {
        let keyword = advance()
        if !inFunction { fail("return invalid outside of a func", at: keyword.range, abort: false) }
        let token = current
        switch (token.kind, token.text) {
        case (.newline, _), (.endOfFile, _), (.punctuation, "}"), (.punctuation, ";"):
            return Stmt(.returnStatement(nil), keyword.range)
        default:
            let value = try parseExpression()
            return Stmt(.returnStatement(value), keyword.range.union(value.range))
        }
    }
}
