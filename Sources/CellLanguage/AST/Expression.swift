/// An expression of the cell language, with its source range.
///
/// The parser builds these; the compiler (Interpreter/Compiler*.swift) resolves names to
/// slots and turns them into executable nodes.
struct Expr {
    /// What the expression is.
    var kind: ExprKind
    /// Its span in the cell's text.
    var range: SourceRange

    init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The expression forms.
indirect enum ExprKind {
    case integer(Int)
    case double(Double)
    case string(String)
    /// A string with interpolations: literal parts and expressions, in order.
    case interpolated([StringPart])
    case bool(Bool)
    case nilLiteral
    case identifier(String)
    /// `$0`, `$1`, … inside a closure.
    case dollar(Int)
    /// `.train`: a symbol (or an implicit member).
    case symbol(String)
    case array([Expr])
    case dictionary([(key: Expr, value: Expr)])
    /// `(a, b)` or `(x: 1, y: 2)`; a single unlabeled element is a parenthesised expression.
    case tuple([Argument])
    case prefix(op: String, operand: Expr)
    case binary(op: String, lhs: Expr, rhs: Expr, opRange: SourceRange)
    case ternary(condition: Expr, then: Expr, else: Expr)
    /// `callee(args)` with trailing closures appended as unlabeled arguments.
    case call(callee: Expr, arguments: [Argument])
    /// `base.name`; `optional` for `base?.name`.
    case member(base: Expr, name: String, nameRange: SourceRange, optional: Bool)
    /// `base[indices]`; `optional` for `base?[i]`.
    case subscripting(base: Expr, indices: [Argument], optional: Bool)
    /// `x!`.
    case forceUnwrap(Expr)
    /// `{ (x: Int) -> Int in … }`, `{ x in … }`, `{ $0 * 2 }`.
    case closure(ClosureSyntax)
    /// `x as Double`, `x as? Int`, `x as! Int`.
    case cast(Expr, TypeSpec, kind: CastKind)
    /// `x is Int`.
    case typeCheck(Expr, TypeSpec)
    /// A binary operator used as a function: `xs.reduce(0, +)`, `sorted(by: >)`.
    case operatorReference(String)
    /// A type used as a value: `[Int]()`, `Array(…)` is an identifier instead.
    case typeValue(TypeSpec)
    /// A placeholder left where parsing failed (never executed: the cell has errors).
    case error
}

/// `as`, `as?`, `as!`.
enum CastKind {
    case plain, optional, forced
}

/// A piece of an interpolated string.
enum StringPart {
    case text(String)
    case expression(Expr)
}

/// One argument of a call, a subscript or a tuple element: an optional label and a value.
struct Argument {
    var label: String?
    var labelRange: SourceRange?
    var value: Expr
    /// A closure written after the call's parentheses.
    var isTrailing = false
}

/// A closure literal.
final class ClosureSyntax {
    /// Named parameters; empty when the closure uses `$0…` or takes no argument.
    let parameters: [ParameterSyntax]
    let returnType: TypeSpec?
    let body: [Stmt]
    /// True when the parameter list was written (`x in`, `(x: Int) in`, `() in`).
    let hasSignature: Bool
    let range: SourceRange

    init(parameters: [ParameterSyntax], returnType: TypeSpec?, body: [Stmt], hasSignature: Bool, range: SourceRange) {
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.hasSignature = hasSignature
        self.range = range
    }
}

/// A parameter as written in a `func` or closure.
struct ParameterSyntax {
    /// The argument label, nil for `_` (and for closure parameters, which have no labels).
    var label: String?
    var name: String
    var type: TypeSpec?
    var defaultValue: Expr?
    var isVariadic: Bool
    var range: SourceRange
}
