/// A statement of the cell language, with its source range and a declaration id.
struct Stmt {
    var kind: StmtKind
    var range: SourceRange

    init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The statement forms.
indirect enum StmtKind {
    case expression(Expr)
    /// `let`/`var` with a pattern (a name or a tuple of names), an optional type, an
    /// optional initial value.
    case binding(isConstant: Bool, pattern: Pattern, type: TypeSpec?, value: Expr?)
    /// `target = value` or `target op= value` (`op` is `+`, `-`, … or nil for `=`).
    case assignment(target: Expr, op: String?, value: Expr, opRange: SourceRange)
    case function(FunctionSyntax)
    case ifStatement(conditions: [Condition], then: [Stmt], else: [Stmt]?)
    case guardStatement(conditions: [Condition], else: [Stmt])
    case forIn(label: String?, pattern: Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt])
    case whileLoop(label: String?, conditions: [Condition], body: [Stmt])
    case repeatWhile(label: String?, body: [Stmt], condition: Expr)
    case switchStatement(subject: Expr, cases: [SwitchCase])
    case block([Stmt])
    case breakStatement(label: String?)
    case continueStatement(label: String?)
    case returnStatement(Expr?)
    /// A placeholder where parsing failed.
    case error
}

/// A condition of `if`, `guard` or `while`: a Boolean expression or an optional binding
/// (`let x = expr`, or `let x` meaning `let x = x`).
enum Condition {
    case expression(Expr)
    case optionalBinding(isConstant: Bool, name: String, nameRange: SourceRange, value: Expr)
}

/// A binding pattern: `x`, `_`, or `(a, (b, _))`.
indirect enum Pattern {
    case name(String, SourceRange)
    case wildcard(SourceRange)
    case tuple([Pattern], SourceRange)

    var range: SourceRange {
        switch self {
        case .name(_, let r), .wildcard(let r), .tuple(_, let r): return r
        }
    }

    /// The names it binds, in order.
    var names: [(String, SourceRange)] {
        switch self {
        case .name(let n, let r): return [(n, r)]
        case .wildcard: return []
        case .tuple(let items, _): return items.flatMap(\.names)
        }
    }
}

/// One `case` of a `switch` (or `default` when `patterns` is empty).
struct SwitchCase {
    var patterns: [CasePattern]
    var whereClause: Expr?
    var body: [Stmt]
    var range: SourceRange
}

/// What a `case` matches: a value (or a range, matched with `contains`), or `let x`
/// binding the subject.
enum CasePattern {
    case value(Expr)
    case binding(name: String, range: SourceRange)
    case wildcard
}

/// A `func` declaration.
final class FunctionSyntax {
    let name: String
    let nameRange: SourceRange
    let parameters: [ParameterSyntax]
    let returnType: TypeSpec?
    let body: [Stmt]
    let range: SourceRange

    init(name: String, nameRange: SourceRange, parameters: [ParameterSyntax], returnType: TypeSpec?, body: [Stmt], range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.range = range
    }

    /// `scaled(_:by:)`.
    var selector: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}
