/// Assignment `place = value` and compound assignment `place op= value`.
///
/// Plain variables get dedicated nodes (one load and one store, with an Int fast path for
/// `+=`-style updates); elements, members and unwrapped places go through `LValue`.
final class AssignNode: StmtNode {
    let place: LValue
    let value: any ExprNode
    /// The arithmetic operator of a compound assignment, nil for `=`.
    let op: BinaryOperator?
    let opRange: SourceRange

    init(place: LValue, value: any ExprNode, op: BinaryOperator?, opRange: SourceRange) {
        self.place = place
        self.value = value
        self.op = op
        self.opRange = opRange
    }

    func exec(_ f: Frame) throws -> Flow {
        let steps = try place.steps(f)
        var newValue = try value.eval(f)
        try place.checkMutable(f, steps, verb: .assign)
        let runtime = f.runtime
        if let op {
            let type = place.type
            try place.modify(f, steps) { current in
                var result = try AssignNode.combine(op, current, newValue, opRange, runtime)
                if let type, let converted = type.coerce(result) { result = converted }
                current = result
            }
        } else {
            if let type = place.type {
                guard let converted = type.coerce(newValue) else {
                    throw RuntimeError("cannot assign value of type '\(newValue.typeName)' to type '\(type)'", at: value.range)
                }
                newValue = converted
            }
            let assigned = newValue
            try place.modify(f, steps) { $0 = assigned }
        }
        return .normal
    }

    @inline(__always)
    static func combine(_ op: BinaryOperator, _ a: Value, _ b: Value, _ range: SourceRange, _ runtime: Runtime) throws -> Value {
        do {
            if case .int(let x) = a, case .int(let y) = b { return try Operators.integer(op, x, y) }
            return try Operators.binary(op, a, b, runtime: runtime)
        } catch let error as CellError {
            throw RuntimeError(error, at: range)
        }
    }
}

/// `x op= v` where `x` is a plain local in a frame slot (the common loop accumulator).
final class SlotCompoundAssignNode: StmtNode {
    let slot: Int
    let value: any ExprNode
    let op: BinaryOperator
    let opRange: SourceRange

    init(slot: Int, value: any ExprNode, op: BinaryOperator, opRange: SourceRange) {
        self.slot = slot
        self.value = value
        self.op = op
        self.opRange = opRange
    }

    func exec(_ f: Frame) throws -> Flow {
        let rhs = try value.eval(f)
        if case .int(let x) = f.slots[slot], case .int(let y) = rhs {
            do {
                f.slots[slot] = try Operators.integer(op, x, y)
            } catch {
                throw RuntimeError(error, at: opRange)
            }
            return .normal
        }
        let current = f.slots[slot]
        f.slots[slot] = .void
        f.slots[slot] = try AssignNode.combine(op, current, rhs, opRange, f.runtime)
        return .normal
    }
}

/// `x op= v` where `x` is a global `var` (checked for being defined and not a constant).
final class GlobalCompoundAssignNode: StmtNode {
    let slot: Int
    let place: LValue
    let value: any ExprNode
    let op: BinaryOperator
    let opRange: SourceRange
    let type: TypeSpec?
    unowned(unsafe) let globals: Globals

    init(place: LValue, slot: Int, globals: Globals, value: any ExprNode, op: BinaryOperator, opRange: SourceRange) {
        self.place = place
        self.slot = slot
        self.globals = globals
        self.value = value
        self.op = op
        self.opRange = opRange
        self.type = place.type
    }

    func exec(_ f: Frame) throws -> Flow {
        let rhs = try value.eval(f)
        guard globals.isDefined[slot], !globals.isConstant[slot] else {
            try place.checkMutable(f, [], verb: .assign)
            _ = try place.rootValue(f)
            return .normal
        }
        if case .int(let x) = globals.values[slot], case .int(let y) = rhs, type == nil {
            do {
                globals.values[slot] = try Operators.integer(op, x, y)
            } catch {
                throw RuntimeError(error, at: opRange)
            }
            return .normal
        }
        let current = globals.values[slot]
        globals.values[slot] = .void
        var result: Value
        do {
            result = try AssignNode.combine(op, current, rhs, opRange, f.runtime)
        } catch {
            globals.values[slot] = current
            throw error
        }
        if let type, let converted = type.coerce(result) { result = converted }
        globals.values[slot] = result
        return .normal
    }
}

/// `(a, b) = (b, a)`: evaluates the right side, then assigns each element.
final class TupleAssignNode: StmtNode {
    let places: [AssignNode]
    let value: any ExprNode
    let temporaries: [Int]

    init(places: [AssignNode], value: any ExprNode, temporaries: [Int]) {
        self.places = places
        self.value = value
        self.temporaries = temporaries
    }

    func exec(_ f: Frame) throws -> Flow {
        let v = try value.eval(f)
        guard case .tuple(let t) = v, t.elements.count == places.count else {
            throw RuntimeError("cannot assign a value of type '\(v.typeName)' to a tuple of \(places.count) elements", at: value.range)
        }
        for (slot, element) in zip(temporaries, t.elements) { f.slots[slot] = element }
        for place in places { _ = try place.exec(f) }
        return .normal
    }
}
