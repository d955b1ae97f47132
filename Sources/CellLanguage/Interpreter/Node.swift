/// An executable expression: compiled from the AST with names resolved to slots.
protocol ExprNode: AnyObject {
    /// The source span errors point at.
    var range: SourceRange { get }
    /// Computes the value in an activation.
    func eval(_ f: Frame) throws -> Value
}

/// An executable statement.
protocol StmtNode: AnyObject {
    /// Runs the statement and tells how it finished.
    func exec(_ f: Frame) throws -> Flow
}

/// Runs statements in order until one does not finish normally.
@inline(__always)
func executeStatements(_ statements: [any StmtNode], _ f: Frame) throws -> Flow {
    for statement in statements {
        let flow = try statement.exec(f)
        if case .normal = flow { continue }
        return flow
    }
    return .normal
}

/// A value known at compile time (literals, builtins).
final class ConstantNode: ExprNode {
    let range: SourceRange
    let value: Value

    init(_ value: Value, _ range: SourceRange) {
        self.value = value
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value { value }
}

/// An expression that fails when run: errors the compiler found (kept so they surface at
/// the point of execution, like Swift's run-time checks do in a dynamic language).
final class FailingNode: ExprNode, StmtNode {
    let range: SourceRange
    let message: String
    let notes: [String]

    init(_ message: String, _ range: SourceRange, notes: [String] = []) {
        self.message = message
        self.range = range
        self.notes = notes
    }

    func eval(_ f: Frame) throws -> Value {
        throw RuntimeError(message, at: range, notes: notes)
    }

    func exec(_ f: Frame) throws -> Flow {
        _ = try eval(f)
        return .normal
    }
}

/// An expression used as a statement; keeps its value for the cell result.
final class ExpressionStatementNode: StmtNode {
    let expression: any ExprNode

    init(_ expression: any ExprNode) {
        self.expression = expression
    }

    func exec(_ f: Frame) throws -> Flow {
        _ = try expression.eval(f)
        return .normal
    }
}
