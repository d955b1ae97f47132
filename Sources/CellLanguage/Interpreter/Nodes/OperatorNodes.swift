/// Operators: arithmetic and comparison (with an Int fast path), short-circuit logic, `??`,
/// ranges, the ternary, prefix operators, casts and `!`.
final class BinaryNode: ExprNode {
    let range: SourceRange
    let op: BinaryOperator
    let lhs: any ExprNode
    let rhs: any ExprNode
    let opRange: SourceRange

    init(_ op: BinaryOperator, _ lhs: any ExprNode, _ rhs: any ExprNode, opRange: SourceRange, range: SourceRange) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        self.opRange = opRange
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        let a = try lhs.eval(f)
        let b = try rhs.eval(f)
        do {
            if case .int(let x) = a, case .int(let y) = b { return try Operators.integer(op, x, y) }
            return try Operators.binary(op, a, b, runtime: f.runtime)
        } catch let error as CellError {
            throw RuntimeError(error, at: opRange)
        }
    }
}

/// Checks that a condition is a Bool, as Swift's type checker would.
@inline(__always)
func condition(_ value: Value, _ node: any ExprNode) throws -> Bool {
    if case .bool(let b) = value { return b }
    if case .some = value {
        throw RuntimeError(
            "value of optional type '\(value.typeName)' cannot be used as a condition; compare it with nil or bind it with 'if let'",
            at: node.range)
    }
    throw RuntimeError("cannot convert value of type '\(value.typeName)' to expected condition type 'Bool'", at: node.range)
}

/// `a && b`, `a || b`: the right side runs only when needed.
final class LogicalNode: ExprNode {
    let range: SourceRange
    let isAnd: Bool
    let lhs: any ExprNode
    let rhs: any ExprNode

    init(isAnd: Bool, _ lhs: any ExprNode, _ rhs: any ExprNode, range: SourceRange) {
        self.isAnd = isAnd
        self.lhs = lhs
        self.rhs = rhs
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        let a = try condition(try lhs.eval(f), lhs)
        if a != isAnd { return .bool(a) }
        return .bool(try condition(try rhs.eval(f), rhs))
    }
}

/// `a ?? b`: unwraps one optional level of `a`, else evaluates `b`.
final class NilCoalescingNode: ExprNode {
    let range: SourceRange
    let lhs: any ExprNode
    let rhs: any ExprNode

    init(_ lhs: any ExprNode, _ rhs: any ExprNode, range: SourceRange) {
        self.lhs = lhs
        self.rhs = rhs
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        switch try lhs.eval(f) {
        case .none: return try rhs.eval(f)
        case .some(let inner): return inner
        case let value: return value
        }
    }
}

/// `a..<b`, `a...b`.
final class RangeNode: ExprNode {
    let range: SourceRange
    let lower: any ExprNode
    let upper: any ExprNode
    let isClosed: Bool
    let opRange: SourceRange

    init(_ lower: any ExprNode, _ upper: any ExprNode, isClosed: Bool, opRange: SourceRange, range: SourceRange) {
        self.lower = lower
        self.upper = upper
        self.isClosed = isClosed
        self.opRange = opRange
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        let a = try lower.eval(f)
        let b = try upper.eval(f)
        do {
            return .range(try RangeValue(lower: a, upper: b, isClosed: isClosed))
        } catch let error as CellError {
            throw RuntimeError(error, at: opRange)
        }
    }
}

/// `pattern ~= value`: a range contains the value, or the two are equal (what `switch`
/// cases do).
final class PatternMatchNode: ExprNode {
    let range: SourceRange
    let pattern: any ExprNode
    let value: any ExprNode

    init(_ pattern: any ExprNode, _ value: any ExprNode, range: SourceRange) {
        self.pattern = pattern
        self.value = value
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        .bool(PatternMatchNode.matches(try pattern.eval(f), try value.eval(f)))
    }

    static func matches(_ pattern: Value, _ value: Value) -> Bool {
        if case .range(let r) = pattern, value.asDouble != nil { return r.contains(value) }
        return Operators.comparableForEquality(pattern, value) && pattern == value
    }
}

/// `c ? a : b`.
final class TernaryNode: ExprNode {
    let range: SourceRange
    let test: any ExprNode
    let then: any ExprNode
    let otherwise: any ExprNode

    init(_ test: any ExprNode, _ then: any ExprNode, _ otherwise: any ExprNode, range: SourceRange) {
        self.test = test
        self.then = then
        self.otherwise = otherwise
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        try condition(try test.eval(f), test) ? try then.eval(f) : try otherwise.eval(f)
    }
}

/// `-x`, `+x`, `!x`.
final class PrefixNode: ExprNode {
    let range: SourceRange
    let op: String
    let operand: any ExprNode

    init(_ op: String, _ operand: any ExprNode, range: SourceRange) {
        self.op = op
        self.operand = operand
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        let value = try operand.eval(f)
        do {
            return try Operators.prefix(op, value, runtime: f.runtime)
        } catch let error as CellError {
            throw RuntimeError(error, at: range)
        }
    }
}

/// `x!`.
final class ForceUnwrapNode: ExprNode {
    let range: SourceRange
    let operand: any ExprNode

    init(_ operand: any ExprNode, range: SourceRange) {
        self.operand = operand
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        switch try operand.eval(f) {
        case .some(let inner): return inner
        case .none: throw RuntimeError("unexpectedly found nil while unwrapping an Optional value", at: range)
        case let value: return value
        }
    }
}

/// `x as T`, `x as? T`, `x as! T`, `x is T`.
final class CastNode: ExprNode {
    let range: SourceRange
    let operand: any ExprNode
    let type: TypeSpec
    /// nil for `is`.
    let kind: CastKind?

    init(_ operand: any ExprNode, _ type: TypeSpec, kind: CastKind?, range: SourceRange) {
        self.operand = operand
        self.type = type
        self.kind = kind
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        let value = try operand.eval(f)
        guard let kind else { return .bool(CastNode.isExactly(value, type)) }
        if kind == .plain {
            guard let converted = type.coerce(value) else {
                throw RuntimeError("cannot convert value of type '\(value.typeName)' to type '\(type)' in coercion", at: range)
            }
            return converted
        }
        let inner = value.unwrapped
        let converted = inner.flatMap { CastNode.isExactly($0, type) ? type.coerce($0) : nil }
        if kind == .optional { return converted.map { .some($0) } ?? .none }
        guard let converted else {
            throw RuntimeError("could not cast value of type '\(value.typeName)' to '\(type)'", at: range)
        }
        return converted
    }

    /// `is`: the value already has the type (no Int-to-Double conversion).
    static func isExactly(_ value: Value, _ type: TypeSpec) -> Bool {
        if case .named("Double", _) = type, case .int = value { return false }
        if case .optional = type {} else if case .some(let inner) = value { return isExactly(inner, type) }
        return type.coerce(value) != nil
    }
}
