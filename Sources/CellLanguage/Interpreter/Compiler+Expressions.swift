/// Compiling expressions.
extension Compiler {
    /// Compiles an expression; `chainTop` is false for the base of a postfix chain, so that
    /// optional chaining (`a?.b.c`) is resolved once, at the chain's top.
    func compileExpression(_ expr: Expr, chainTop: Bool = true) -> any ExprNode {
        let node = compileExpressionKind(expr)
        if chainTop && hasOptionalLink(expr) { return OptionalChainNode(node, range: expr.range) }
        return node
    }

    private func hasOptionalLink(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .member(let base, _, _, let optional): return optional || hasOptionalLink(base)
        case .subscripting(let base, _, let optional): return optional || hasOptionalLink(base)
        case .call(let callee, _): return hasOptionalLink(callee)
        case .forceUnwrap(let base): return hasOptionalLink(base)
        default: return false
        }
    }

    private func compileExpressionKind(_ expr: Expr) -> any ExprNode {
        let range = expr.range
        switch expr.kind {
        case .integer(let i): return ConstantNode(.int(i), range)
        case .double(let d): return ConstantNode(.double(d), range)
        case .string(let s): return ConstantNode(.string(s), range)
        case .bool(let b): return ConstantNode(.bool(b), range)
        case .nilLiteral: return ConstantNode(.none, range)
        case .symbol(let name): return ConstantNode(.symbol(name), range)
        case .interpolated(let parts):
            return InterpolationNode(
                parts.map {
                    switch $0 {
                    case .text(let t): return .text(t)
                    case .expression(let e): return .value(compileExpression(e))
                    }
                }, range: range)
        case .identifier(let name):
            return compileName(name, range)
        case .dollar(let n):
            return compileAnonymousArgument(n, range)
        case .array(let elements):
            return ArrayLiteralNode(elements.map { compileExpression($0) }, range: range)
        case .dictionary(let pairs):
            return DictionaryLiteralNode(pairs.map { (compileExpression($0.key), compileExpression($0.value)) }, range: range)
        case .tuple(let items):
            return TupleNode(items.map { compileExpression($0.value) }, labels: items.map(\.label), range: range)
        case .prefix(let op, let operand):
            if op == "-", case .integer(let i) = operand.kind { return ConstantNode(.int(-i), range) }
            if op == "-", case .double(let d) = operand.kind { return ConstantNode(.double(-d), range) }
            return PrefixNode(op, compileExpression(operand), range: range)
        case .binary(let op, let lhs, let rhs, let opRange):
            return compileBinary(op, lhs, rhs, opRange: opRange, range: range)
        case .ternary(let test, let then, let otherwise):
            return TernaryNode(compileExpression(test), compileExpression(then), compileExpression(otherwise), range: range)
        case .call(let callee, let arguments):
            return compileCall(callee, arguments, range: range)
        case .member(let base, let name, let nameRange, let optional):
            if !optional, case .identifier(let typeName) = base.kind, let value = staticMember(typeName, name) {
                return ConstantNode(value, range)
            }
            if case .identifier(let typeName) = base.kind, isTypeName(typeName) {
                return FailingNode("type '\(typeName)' has no member '\(name)'" + Suggestions.didYouMean(name, among: staticMemberNames(typeName)), nameRange)
            }
            return MemberNode(compileExpression(base, chainTop: false), name, nameRange: nameRange, isOptional: optional, range: range)
        case .subscripting(let base, let indices, let optional):
            return SubscriptNode(
                compileExpression(base, chainTop: false), indices: indices.map { compileExpression($0.value) },
                labels: indices.map(\.label), isOptional: optional, range: range)
        case .forceUnwrap(let operand):
            return ForceUnwrapNode(compileExpression(operand, chainTop: false), range: range)
        case .closure(let syntax):
            return compileFunction(
                name: "closure", isClosure: true, parameters: syntax.parameters, returnType: syntax.returnType,
                body: syntax.body, hasSignature: syntax.hasSignature, range: syntax.range, nameRange: syntax.range)
        case .cast(let operand, let type, let kind):
            checkTypeExists(type, at: range)
            return CastNode(compileExpression(operand), type, kind: kind, range: range)
        case .typeCheck(let operand, let type):
            checkTypeExists(type, at: range)
            return CastNode(compileExpression(operand), type, kind: nil, range: range)
        case .operatorReference(let op):
            guard let binary = BinaryOperator(rawValue: op) else {
                return FailingNode("operator '\(op)' cannot be used as a function", range)
            }
            return ConstantNode(.function(FunctionValue(native: Builtins.operatorFunction(binary))), range)
        case .typeValue(let type):
            return FailingNode("type '\(type)' cannot be used as a value; call it, as in \(type)()", range)
        case .error:
            return FailingNode("this expression has a syntax error", range)
        }
    }

    func compileName(_ name: String, _ range: SourceRange) -> any ExprNode {
        switch resolve(name) {
        case .variable(let variable):
            switch variable.target {
            case .slot(let s): return LocalGetNode(s, range)
            case .cell(let c): return CellGetNode(c, range)
            case .global(let g): return GlobalGetNode(g, name: name, nearbyNames: suggestionCandidates, range)
            }
        case .captured(let index, _): return CaptureGetNode(index, range)
        case .global(let slot): return GlobalGetNode(slot, name: name, nearbyNames: suggestionCandidates, range)
        case .constant(let value): return ConstantNode(value, range)
        }
    }

    private func compileAnonymousArgument(_ n: Int, _ range: SourceRange) -> any ExprNode {
        guard context.allowsAnonymousArguments else {
            if context.isFunction && context.parent != nil {
                return FailingNode("anonymous closure arguments cannot be used inside a closure that has explicit arguments", range)
            }
            return FailingNode("anonymous closure argument not contained in a closure", range)
        }
        if let slot = context.anonymousSlots[n] { return LocalGetNode(slot, range) }
        let slot = temporarySlot()
        context.anonymousSlots[n] = slot
        return LocalGetNode(slot, range)
    }

    private func compileBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, opRange: SourceRange, range: SourceRange) -> any ExprNode {
        let a = compileExpression(lhs)
        let b = compileExpression(rhs)
        switch op {
        case "&&": return LogicalNode(isAnd: true, a, b, range: range)
        case "||": return LogicalNode(isAnd: false, a, b, range: range)
        case "??": return NilCoalescingNode(a, b, range: range)
        case "..<": return RangeNode(a, b, isClosed: false, opRange: opRange, range: range)
        case "...": return RangeNode(a, b, isClosed: true, opRange: opRange, range: range)
        case "~=": return PatternMatchNode(a, b, range: range)
        default:
            guard let binary = BinaryOperator(rawValue: op) else {
                return FailingNode("operator '\(op)' is not supported", opRange)
            }
            return BinaryNode(binary, a, b, opRange: opRange, range: range)
        }
    }

    /// True when `name` means a type here (not shadowed by a variable).
    func isTypeName(_ name: String) -> Bool {
        guard context.find(name) == nil, !cellGlobals.contains(name),
            runtime.globals.existingSlot(name).map({ !runtime.globals.isDefined[$0] }) ?? true
        else {
            return false
        }
        return runtime.registry.staticMembers[name] != nil || runtime.registry.types[name] != nil
            || TypeSpec.builtinNames.contains(name)
    }

    /// `Double.pi`, `Int.max`, `Tensor.zeros`: a registered static member.
    func staticMember(_ typeName: String, _ name: String) -> Value? {
        guard isTypeName(typeName) else { return nil }
        if name == "init" { return builtinValue(typeName) }
        return runtime.registry.staticMembers[typeName]?[name]
    }

    func staticMemberNames(_ typeName: String) -> [String] {
        Array((runtime.registry.staticMembers[typeName] ?? [:]).keys).sorted()
    }

    /// The registry's constructor or conversion named like a type (`Array`, `Dictionary`).
    func typeConstructor(_ type: TypeSpec, _ range: SourceRange) -> any ExprNode {
        let name: String
        switch type {
        case .array: name = "Array"
        case .dictionary: name = "Dictionary"
        case .named(let n, _): name = n
        default: name = type.description
        }
        if let value = builtinValue(name) { return ConstantNode(value, range) }
        return FailingNode("type '\(type)' cannot be constructed here", range)
    }
}
