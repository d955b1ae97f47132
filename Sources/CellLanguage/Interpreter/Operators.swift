/// The semantics of the operators on values: Swift's, except that Int and Double mix (one
/// Double operand gives a Double). Integer overflow and division by zero are errors, as
/// Swift traps on them.
enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case bitAnd = "&", bitOr = "|", bitXor = "^"
}

enum Operators {
    /// `a op b` for two Ints, with Swift's overflow and division-by-zero errors.
    @inline(__always)
    static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int) throws(CellError) -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw overflow(x, "+", y) }
            return .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw overflow(x, "-", y) }
            return .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw overflow(x, "*", y) }
            return .int(r)
        case .divide:
            if y == 0 { throw CellError("division by zero") }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw overflow(x, "/", y) }
            return .int(r)
        case .remainder:
            if y == 0 { throw CellError("division by zero in remainder operation") }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            if o { throw overflow(x, "%", y) }
            return .int(r)
        case .equal: return .bool(x == y)
        case .notEqual: return .bool(x != y)
        case .less: return .bool(x < y)
        case .lessEqual: return .bool(x <= y)
        case .greater: return .bool(x > y)
        case .greaterEqual: return .bool(x >= y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        }
    }

    static func overflow(_ x: Int, _ op: String, _ y: Int) -> CellError {
        CellError("arithmetic operation '\(x) \(op) \(y)' (on type 'Int') results in an overflow")
    }

    /// `a op b` for two Doubles (IEEE semantics; `%` is `truncatingRemainder`).
    static func floating(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Value? {
        switch op {
        case .add: return .double(x + y)
        case .subtract: return .double(x - y)
        case .multiply: return .double(x * y)
        case .divide: return .double(x / y)
        case .remainder: return .double(x.truncatingRemainder(dividingBy: y))
        case .equal: return .bool(x == y)
        case .notEqual: return .bool(x != y)
        case .less: return .bool(x < y)
        case .lessEqual: return .bool(x <= y)
        case .greater: return .bool(x > y)
        case .greaterEqual: return .bool(x >= y)
        case .bitAnd, .bitOr, .bitXor: return nil
        }
    }

    /// Any binary operator on any values; `natives` resolves overloads for native operands.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, runtime: Runtime) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try integer(op, x, y)
        case (.double(let x), .double(let y)):
            if let r = floating(op, x, y) { return r }
        case (.int(let x), .double(let y)):
            if let r = floating(op, Double(x), y) { return r }
        case (.double(let x), .int(let y)):
            if let r = floating(op, x, Double(y)) { return r }
        case (.native, _), (_, .native):
            if let r = try runtime.nativeOperator(op.rawValue, a, b) { return r }
            if op == .equal || op == .notEqual, case .native(let x) = a, case .native(let y) = b {
                return .bool((x === y) == (op == .equal))
            }
        default:
            break
        }
        switch op {
        case .equal, .notEqual:
            guard comparableForEquality(a, b) else { break }
            return .bool((a == b) == (op == .equal))
        case .less, .lessEqual, .greater, .greaterEqual:
            if let order = try compare(a, b) {
                switch op {
                case .less: return .bool(order < 0)
                case .lessEqual: return .bool(order <= 0)
                case .greater: return .bool(order > 0)
                default: return .bool(order >= 0)
                }
            }
        case .add:
            switch (a, b) {
            case (.string(let x), .string(let y)): return .string(x + y)
            case (.array(let x), .array(let y)): return .array(x + y)
            default: break
            }
        default: break
        }
        throw mismatch(op.rawValue, a, b)
    }

    static func mismatch(_ op: String, _ a: Value, _ b: Value) -> CellError {
        if case .some = a { return unwrapFirst(a, op) }
        if case .some = b { return unwrapFirst(b, op) }
        if a.isNil || b.isNil, op != "==" && op != "!=" {
            return CellError("binary operator '\(op)' cannot be applied to a nil value")
        }
        return CellError("binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }

    static func unwrapFirst(_ optional: Value, _ op: String) -> CellError {
        let wrapped = optional.typeName
        return CellError(
            "value of optional type '\(wrapped)' must be unwrapped to a value of type '\(wrapped.dropLast())' before '\(op)'",
            notes: ["unwrap it with '!', give a default with '?? value', or bind it with 'if let'"])
    }

    /// Whether `==` between these values makes sense (same kind, numbers, or nil involved).
    static func comparableForEquality(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, _), (_, .none): return true
        case (.some(let x), .some(let y)): return comparableForEquality(x, y)
        case (.some(let x), _): return comparableForEquality(x, b)
        case (_, .some(let y)): return comparableForEquality(a, y)
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double), (.bool, .bool), (.string, .string),
            (.symbol, .symbol), (.array, .array), (.dictionary, .dictionary), (.tuple, .tuple), (.range, .range):
            return true
        default: return false
        }
    }

    /// Three-way order of two comparable values (numbers, strings, tuples lexicographically);
    /// nil when they have no order.
    static func compare(_ a: Value, _ b: Value) throws -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.tuple(let x), .tuple(let y)) where x.elements.count == y.elements.count:
            for (p, q) in zip(x.elements, y.elements) {
                guard let order = try compare(p, q) else { return nil }
                if order != 0 { return order }
            }
            return 0
        default:
            guard let x = a.asDouble, let y = b.asDouble else { return nil }
            if x.isNaN || y.isNaN { return x.isNaN && y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
            return x < y ? -1 : (x == y ? 0 : 1)
        }
    }

    /// `-x`, `+x`, `!x`.
    static func prefix(_ op: String, _ value: Value, runtime: Runtime) throws -> Value {
        switch (op, value) {
        case ("-", .int(let x)):
            let (r, o) = Int(0).subtractingReportingOverflow(x)
            if o { throw CellError("arithmetic operation '0 - \(x)' (on type 'Int') results in an overflow") }
            return .int(r)
        case ("-", .double(let x)): return .double(-x)
        case ("+", .int), ("+", .double): return value
        case ("!", .bool(let b)): return .bool(!b)
        case (_, .native):
            if let r = try runtime.nativeOperator(op, value, nil) { return r }
        default: break
        }
        if case .some = value { throw unwrapFirst(value, op) }
        throw CellError("unary operator '\(op)' cannot be applied to an operand of type '\(value.typeName)'")
    }
}
