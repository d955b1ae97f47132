/// An operator overload for native types: `a + b` where one side is a native object and the
/// other a native object or a number (`tensor * 2`, `2 * tensor`).
///
/// The interpreter tries overloads only when an operand is `.native`; the first whose operand
/// types accept the operands (after conversion, see `TypeSpec.coerce`) runs.
public struct NativeOperator {
    /// The operator: `+ - * / % == != < <= > >=`, or `-` as a prefix when `rhs` is nil.
    public let symbol: String
    /// The left operand's type (the only operand for a prefix operator).
    public let lhs: TypeSpec
    /// The right operand's type; nil for a prefix operator.
    public let rhs: TypeSpec?
    /// The implementation: left and right operands (right is `.none` for prefix operators).
    public let body: (Value, Value, CallContext) throws -> Value

    /// Makes a binary operator overload.
    public init(_ symbol: String, lhs: TypeSpec, rhs: TypeSpec, body: @escaping (Value, Value, CallContext) throws -> Value) {
        self.symbol = symbol
        self.lhs = lhs
        self.rhs = rhs
        self.body = body
    }

    /// Makes a prefix operator overload (`-t`).
    public init(prefix symbol: String, operand: TypeSpec, body: @escaping (Value, CallContext) throws -> Value) {
        self.symbol = symbol
        self.lhs = operand
        self.rhs = nil
        self.body = { value, _, context in try body(value, context) }
    }

    /// The converted operands when this overload accepts them.
    func accepts(_ a: Value, _ b: Value?) -> (Value, Value)? {
        guard let ca = lhs.coerce(a) else { return nil }
        switch (rhs, b) {
        case (nil, nil): return (ca, .none)
        case (let type?, let value?): return type.coerce(value).map { (ca, $0) }
        default: return nil
        }
    }
}
