/// Compiling statements: declarations, assignments, control flow, functions.
extension Compiler {
    /// Pre-declares the `func`s of a block so they can call each other in any order; for
    /// captured ones returns the node that makes their boxes at block entry.
    func hoistFunctions(_ statements: [Stmt]) -> [any StmtNode] {
        var cells: [Int] = []
        for statement in statements {
            guard case .function(let syntax) = statement.kind else { continue }
            let variable = declare(syntax.name, constant: true, at: syntax.nameRange)
            hoisted[ObjectIdentifier(syntax)] = variable
            if case .cell(let c) = variable.target { cells.append(c) }
        }
        return cells.isEmpty ? [] : [PrepareCellsNode(cells)]
    }

    /// Compiles a block in its own scope.
    func compileBlock(_ statements: [Stmt], extraScope: Bool = true) -> [any StmtNode] {
        if extraScope { pushScope() }
        defer { if extraScope { popScope() } }
        var nodes = hoistFunctions(statements)
        for statement in statements { nodes.append(contentsOf: compileStatement(statement)) }
        return nodes
    }

    func compileStatement(_ statement: Stmt) -> [any StmtNode] {
        switch statement.kind {
        case .expression(let expr):
            return [ExpressionStatementNode(compileExpression(expr))]
        case .binding(let isConstant, let pattern, let type, let value):
            return [compileBinding(isConstant: isConstant, pattern: pattern, type: type, value: value)]
        case .assignment(let target, let op, let value, let opRange):
            return [compileAssignment(target: target, op: op, value: value, opRange: opRange)]
        case .function(let syntax):
            let variable = hoisted[ObjectIdentifier(syntax)] ?? declare(syntax.name, constant: true, at: syntax.nameRange)
            let closure = compileFunction(
                name: syntax.name, isClosure: false, parameters: syntax.parameters, returnType: syntax.returnType,
                body: syntax.body, hasSignature: true, range: syntax.range, nameRange: syntax.nameRange)
            return [FunctionDeclarationNode(closure: closure, target: variable.target)]
        case .ifStatement(let conditions, let then, let otherwise):
            pushScope()
            let compiledConditions = compileConditions(conditions)
            let thenNodes = compileBlock(then)
            popScope()
            let elseNodes = otherwise.map { compileBlock($0) } ?? []
            return [IfNode(compiledConditions, then: thenNodes, otherwise: elseNodes)]
        case .guardStatement(let conditions, let otherwise):
            let elseNodes = compileBlock(otherwise)
            let compiledConditions = compileConditions(conditions)
            return [GuardNode(compiledConditions, otherwise: elseNodes, range: statement.range)]
        case .forIn(let label, let pattern, let sequence, let whereClause, let body):
            return [compileForIn(label: label, pattern: pattern, sequence: sequence, whereClause: whereClause, body: body, range: statement.range)]
        case .whileLoop(let label, let conditions, let body):
            pushScope()
            let compiledConditions = compileConditions(conditions)
            let bodyNodes = compileBlock(body)
            popScope()
            return [WhileNode(label: label, conditions: compiledConditions, body: bodyNodes, range: statement.range)]
        case .repeatWhile(let label, let body, let condition):
            let bodyNodes = compileBlock(body)
            return [RepeatWhileNode(label: label, condition: compileExpression(condition), body: bodyNodes, range: statement.range)]
        case .switchStatement(let subject, let cases):
            return [compileSwitch(subject: subject, cases: cases)]
        case .block(let body):
            return [BlockNode(compileBlock(body))]
        case .breakStatement(let label):
            return [JumpNode(.breakLoop(label: label))]
        case .continueStatement(let label):
            return [JumpNode(.continueLoop(label: label))]
        case .returnStatement(let value):
            return [ReturnNode(value.map { compileExpression($0) }, type: context.returnType, range: statement.range)]
        case .error:
            return [FailingNode("this statement has a syntax error", statement.range)]
        }
    }

    private func compileBinding(isConstant: Bool, pattern: Pattern, type: TypeSpec?, value: Expr?) -> any StmtNode {
        if let type { checkTypeExists(type, at: pattern.range) }
        let valueNode = value.map { compileExpression($0) }
        let compiled = compilePattern(pattern, constant: isConstant, type: type)
        guard let valueNode else {
            if case .target(let target, _) = compiled { return DeclarationNode(target: target, constant: isConstant) }
            return FailingNode("a tuple pattern needs a value", pattern.range)
        }
        return BindingNode(pattern: compiled, value: valueNode, type: type)
    }

    /// Declares a pattern's names (in the current scope) and returns where they are stored.
    func compilePattern(_ pattern: Pattern, constant: Bool, type: TypeSpec? = nil) -> CompiledPattern {
        switch pattern {
        case .name(let name, let range):
            let variable = declare(name, constant: constant, at: range)
            if let type { declaredTypes[variable.id] = type }
            if case .global(let slot) = variable.target { runtime.globals.setType(slot, type) }
            return .target(variable.target, constant: constant)
        case .wildcard:
            return .wildcard
        case .tuple(let items, let range):
            return .tuple(items.map { compilePattern($0, constant: constant) }, range)
        }
    }

    func compileConditions(_ conditions: [Condition]) -> [CompiledCondition] {
        conditions.map { condition in
            switch condition {
            case .expression(let expr):
                return .test(compileExpression(expr))
            case .optionalBinding(let isConstant, let name, let nameRange, let value):
                let node = compileExpression(value)
                let variable = declare(name, constant: isConstant, at: nameRange)
                return .binding(node, .target(variable.target, constant: isConstant))
            }
        }
    }

    private func compileForIn(label: String?, pattern: Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt], range: SourceRange) -> any StmtNode {
        if case .binary(let op, let lhs, let rhs, let opRange) = sequence.kind, op == "..<" || op == "..." {
            switch pattern {
            case .name, .wildcard:
                let lower = compileExpression(lhs)
                let upper = compileExpression(rhs)
                pushScope()
                defer { popScope() }
                var variable: LocalTarget?
                if case .name(let name, let nameRange) = pattern { variable = declare(name, constant: true, at: nameRange).target }
                let filter = whereClause.map { compileExpression($0) }
                let bodyNodes = compileBlock(body)
                return ForRangeNode(
                    label: label, lower: lower, upper: upper, isClosed: op == "...", variable: variable, filter: filter,
                    body: bodyNodes, range: range, opRange: opRange)
            default:
                break
            }
        }
        let sequenceNode = compileExpression(sequence)
        pushScope()
        defer { popScope() }
        let compiled = compilePattern(pattern, constant: true)
        let filter = whereClause.map { compileExpression($0) }
        let bodyNodes = compileBlock(body)
        return ForEachNode(label: label, sequence: sequenceNode, pattern: compiled, filter: filter, body: bodyNodes, range: range)
    }

    private func compileSwitch(subject: Expr, cases: [SwitchCase]) -> any StmtNode {
        let subjectNode = compileExpression(subject)
        var compiled: [SwitchNode.Case] = []
        for c in cases {
            pushScope()
            let patterns: [SwitchNode.Pattern] = c.patterns.map { pattern in
                switch pattern {
                case .value(let expr): return .value(compileExpression(expr))
                case .binding(let name, let range): return .binding(declare(name, constant: true, at: range).target)
                case .wildcard: return .wildcard
                }
            }
            let filter = c.whereClause.map { compileExpression($0) }
            let body = compileBlock(c.body)
            popScope()
            compiled.append(SwitchNode.Case(patterns: patterns, filter: filter, body: body))
        }
        return SwitchNode(subject: subjectNode, cases: compiled)
    }

    /// Reports annotation types that name nothing (`let x: Foo`), as Swift does.
    func checkTypeExists(_ type: TypeSpec, at range: SourceRange) {
        switch type {
        case .any: return
        case .named(let name, let arguments):
            if !TypeSpec.builtinNames.contains(name) && runtime.registry.types[name] == nil {
                error("cannot find type '\(name)' in scope", at: range)
            }
            arguments.forEach { checkTypeExists($0, at: range) }
        case .array(let e), .optional(let e): checkTypeExists(e, at: range)
        case .dictionary(let k, let v):
            checkTypeExists(k, at: range)
            checkTypeExists(v, at: range)
        case .tuple(let items), .labeledTuple(let items, _): items.forEach { checkTypeExists($0, at: range) }
        case .function(let parameters, let result):
            parameters.forEach { checkTypeExists($0, at: range) }
            checkTypeExists(result, at: range)
        }
    }

    /// Compiles a `func` body or a closure into a template and the node that instantiates it.
    func compileFunction(
        name: String, isClosure: Bool, parameters: [ParameterSyntax], returnType: TypeSpec?, body: [Stmt],
        hasSignature: Bool, range: SourceRange, nameRange: SourceRange
    ) -> ClosureNode {
        let outer = context
        let inner = Context(
            parent: outer, isCellTop: false, allowsAnonymousArguments: isClosure && !hasSignature,
            returnType: returnType, isFunction: true)
        context = inner
        defer { context = outer }
        if let returnType { checkTypeExists(returnType, at: nameRange) }
        var compiledParameters: [FunctionTemplate.CompiledParameter] = []
        for parameter in parameters {
            if let type = parameter.type { checkTypeExists(type, at: parameter.range) }
            let defaultNode = parameter.defaultValue.map { compileExpression($0) }
            let variable = declare(parameter.name, constant: true, at: parameter.range)
            if let type = parameter.type { declaredTypes[variable.id] = parameter.isVariadic ? .array(type) : type }
            compiledParameters.append(
                .init(
                    label: isClosure ? nil : parameter.label, name: parameter.name, type: parameter.type,
                    defaultValue: defaultNode, isVariadic: parameter.isVariadic, target: variable.target))
        }
        var nodes = hoistFunctions(body)
        if body.count == 1, case .expression(let expr) = body[0].kind, returnType != nil || isClosure {
            nodes.append(ReturnNode(compileExpression(expr), type: returnType, range: body[0].range))
        } else {
            for statement in body { nodes.append(contentsOf: compileStatement(statement)) }
        }
        var anonymousArity: Int?
        if let highest = inner.anonymousSlots.keys.max() {
            anonymousArity = highest + 1
            for n in 0...highest {
                let slot = inner.anonymousSlots[n] ?? temporarySlot()
                compiledParameters.append(
                    .init(label: nil, name: "$\(n)", type: nil, defaultValue: nil, isVariadic: false, target: .slot(slot)))
            }
        }
        let template = FunctionTemplate(
            name: name, isClosure: isClosure, parameters: compiledParameters, returnType: returnType,
            anonymousArity: anonymousArity, source: source, range: isClosure ? range : nameRange)
        template.body = nodes
        template.slotCount = inner.slotCount
        template.cellCount = inner.cellCount
        template.captureSources = inner.captureSources
        return ClosureNode(template, range)
    }
}
