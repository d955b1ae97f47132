/// Compiling calls and assignments (whose targets are places: `LValue`).
extension Compiler {
    func compileCall(_ callee: Expr, _ arguments: [Argument], range: SourceRange) -> any ExprNode {
        let site = CallSite(
            range: range, calleeRange: callee.range, labels: arguments.map(\.label),
            labelRanges: arguments.map(\.labelRange), valueRanges: arguments.map(\.value.range),
            trailingFrom: arguments.firstIndex(where: \.isTrailing) ?? Int.max)
        switch callee.kind {
        case .member(let base, let name, let nameRange, let optional):
            if !optional, case .identifier(let typeName) = base.kind, let value = staticMember(typeName, name) {
                return CallNode(ConstantNode(value, callee.range), arguments: compileArguments(arguments), site: site)
            }
            if case .identifier(let typeName) = base.kind, isTypeName(typeName) {
                return FailingNode(
                    "type '\(typeName)' has no member '\(name)'" + Suggestions.didYouMean(name, among: staticMemberNames(typeName)),
                    nameRange)
            }
            if !optional, MutatingMethod.names.contains(name), let place = compilePlace(base) {
                return MutatingCallNode(place: place, name: name, nameRange: nameRange, arguments: compileArguments(arguments), site: site)
            }
            let baseNode = compileExpression(base, chainTop: false)
            return MethodCallNode(
                baseNode, name: name, nameRange: nameRange, arguments: compileArguments(arguments), site: site, isOptional: optional)
        case .typeValue(let type):
            return CallNode(typeConstructor(type, callee.range), arguments: compileArguments(arguments), site: site)
        case .identifier("help") where arguments.count == 1:
            if case .identifier(let name) = arguments[0].value.kind, context.find(name) == nil,
                runtime.globals.existingSlot(name).map({ !runtime.globals.isDefined[$0] }) ?? true, !cellGlobals.contains(name)
            {
                return CallNode(compileName("help", callee.range), arguments: [ConstantNode(.string(name), arguments[0].value.range)], site: site)
            }
            return CallNode(compileExpression(callee, chainTop: false), arguments: compileArguments(arguments), site: site)
        default:
            return CallNode(compileExpression(callee, chainTop: false), arguments: compileArguments(arguments), site: site)
        }
    }

    private func compileArguments(_ arguments: [Argument]) -> [any ExprNode] {
        arguments.map { compileExpression($0.value) }
    }

    /// The place an expression names (`x`, `xs[i]`, `t.0`, `d[k]!`), or nil when it is not
    /// assignable.
    func compilePlace(_ expr: Expr) -> LValue? {
        var components: [LValue.Component] = []
        var current = expr
        loop: while true {
            switch current.kind {
            case .identifier:
                break loop
            case .member(let base, let name, let nameRange, let optional):
                if optional { return nil }
                components.insert(.member(name, range: nameRange), at: 0)
                current = base
            case .subscripting(let base, let indices, let optional):
                if optional { return nil }
                components.insert(
                    .index(indices.map { compileExpression($0.value) }, labels: indices.map(\.label), range: current.range), at: 0)
                current = base
            case .forceUnwrap(let base):
                components.insert(.unwrap(range: current.range), at: 0)
                current = base
            default:
                return nil
            }
        }
        guard case .identifier(let name) = current.kind else { return nil }
        let root: LValue.Root
        var constant = false
        var type: TypeSpec?
        switch resolve(name) {
        case .variable(let variable):
            constant = variable.isConstant
            type = declaredTypes[variable.id]
            switch variable.target {
            case .slot(let s): root = .slot(s)
            case .cell(let c): root = .cell(c)
            case .global(let g):
                root = .global(g)
                type = runtime.globals.types[g]
            }
        case .captured(let index, let isConstant):
            root = .capture(index)
            constant = isConstant
        case .global(let slot):
            root = .global(slot)
            type = runtime.globals.types[slot]
        case .constant:
            return nil
        }
        for component in components {
            switch (component, type) {
            case (.index(_, let labels, _), .array(let element)?) where labels.count == 1: type = element
            case (.index(_, let labels, _), .dictionary(_, let value)?):
                type = labels.count == 2 ? value : .optional(value)
            case (.unwrap, .optional(let wrapped)?): type = wrapped
            default: type = nil
            }
        }
        return LValue(
            root: root, name: name, isConstant: constant, components: components, type: type, range: current.range,
            nearbyNames: suggestionCandidates)
    }

    func compileAssignment(target: Expr, op: String?, value: Expr, opRange: SourceRange) -> any StmtNode {
        if case .tuple(let items) = target.kind, op == nil {
            let valueNode = compileExpression(value)
            var places: [AssignNode] = []
            var temporaries: [Int] = []
            for item in items {
                guard let place = compilePlace(item.value) else {
                    return FailingNode("cannot assign to this expression", item.value.range)
                }
                let slot = temporarySlot()
                temporaries.append(slot)
                places.append(AssignNode(place: place, value: LocalGetNode(slot, item.value.range), op: nil, opRange: opRange))
            }
            return TupleAssignNode(places: places, value: valueNode, temporaries: temporaries)
        }
        guard let place = compilePlace(target) else {
            if case .identifier(let name) = target.kind {
                return FailingNode("cannot assign to value: '\(name)' is a built-in function", target.range)
            }
            return FailingNode("cannot assign to this expression", target.range)
        }
        let valueNode = compileExpression(value)
        var binary: BinaryOperator?
        if let op {
            guard let parsed = BinaryOperator(rawValue: op) else { return FailingNode("operator '\(op)=' is not supported", opRange) }
            binary = parsed
        }
        if let binary, place.components.isEmpty {
            switch place.root {
            case .slot(let s) where !place.isConstant && place.type == nil:
                return SlotCompoundAssignNode(slot: s, value: valueNode, op: binary, opRange: opRange)
            case .global(let g):
                return GlobalCompoundAssignNode(
                    place: place, slot: g, globals: runtime.globals, value: valueNode, op: binary, opRange: opRange)
            default:
                break
            }
        }
        return AssignNode(place: place, value: valueNode, op: binary, opRange: opRange)
    }
}
