/// Control flow: blocks, `if`, `guard`, loops, `switch`, `break`, `continue`, `return`.
/// Loops poll for cancellation at each back-edge (cheaply: see `Runtime.poll`).

/// A condition of `if`/`guard`/`while`: a Bool expression or an optional binding.
enum CompiledCondition {
    case test(any ExprNode)
    case binding(any ExprNode, CompiledPattern)

    /// Evaluates the condition, binding the unwrapped value when it holds.
    @inline(__always)
    func holds(_ f: Frame) throws -> Bool {
        switch self {
        case .test(let node):
            return try condition(try node.eval(f), node)
        case .binding(let node, let pattern):
            switch try node.eval(f) {
            case .none: return false
            case .some(let inner):
                try pattern.bind(inner, f, at: node.range)
                return true
            case let value:
                try pattern.bind(value, f, at: node.range)
                return true
            }
        }
    }
}

@inline(__always)
func allHold(_ conditions: [CompiledCondition], _ f: Frame) throws -> Bool {
    for c in conditions where try !c.holds(f) { return false }
    return true
}

/// One node running statements in order: the statement itself when there is one.
func sequence(_ statements: [any StmtNode]) -> any StmtNode {
    statements.count == 1 ? statements[0] : BlockNode(statements)
}

final class BlockNode: StmtNode {
    let body: [any StmtNode]

    init(_ body: [any StmtNode]) {
        self.body = body
    }

    func exec(_ f: Frame) throws -> Flow { try executeStatements(body, f) }
}

final class IfNode: StmtNode {
    let conditions: [CompiledCondition]
    let then: [any StmtNode]
    let otherwise: [any StmtNode]

    init(_ conditions: [CompiledCondition], then: [any StmtNode], otherwise: [any StmtNode]) {
        self.conditions = conditions
        self.then = then
        self.otherwise = otherwise
    }

    func exec(_ f: Frame) throws -> Flow {
        try allHold(conditions, f) ? try executeStatements(then, f) : try executeStatements(otherwise, f)
    }
}

/// `guard … else { … }`: the else block must leave the scope.
final class GuardNode: StmtNode {
    let conditions: [CompiledCondition]
    let otherwise: [any StmtNode]
    let range: SourceRange

    init(_ conditions: [CompiledCondition], otherwise: [any StmtNode], range: SourceRange) {
        self.conditions = conditions
        self.otherwise = otherwise
        self.range = range
    }

    func exec(_ f: Frame) throws -> Flow {
        if try allHold(conditions, f) { return .normal }
        let flow = try executeStatements(otherwise, f)
        if case .normal = flow {
            throw RuntimeError(
                "'guard' body must not fall through, consider using a 'return' or 'break' to exit the scope", at: range)
        }
        return flow
    }
}

/// What a loop does after its body finished with `flow`: keep going, stop, or pass the flow
/// outwards (a labelled jump to an outer loop, or `return`).
enum LoopStep {
    case next, stop, propagate
}

@inline(__always)
func loopStep(_ flow: Flow, label: String?) -> LoopStep {
    switch flow {
    case .normal: return .next
    case .breakLoop(let target): return target == nil || target == label ? .stop : .propagate
    case .continueLoop(let target): return target == nil || target == label ? .next : .propagate
    case .returned: return .propagate
    }
}

/// `for i in a..<b` / `a...b` over Ints without building the range (the hot loop).
final class ForRangeNode: StmtNode {
    let label: String?
    let lower: any ExprNode
    let upper: any ExprNode
    let isClosed: Bool
    let variable: LocalTarget?
    let filter: (any ExprNode)?
    let body: any StmtNode
    let range: SourceRange
    let opRange: SourceRange

    init(
        label: String?, lower: any ExprNode, upper: any ExprNode, isClosed: Bool, variable: LocalTarget?,
        filter: (any ExprNode)?, body: [any StmtNode], range: SourceRange, opRange: SourceRange
    ) {
        self.label = label
        self.lower = lower
        self.upper = upper
        self.isClosed = isClosed
        self.variable = variable
        self.filter = filter
        self.body = sequence(body)
        self.range = range
        self.opRange = opRange
    }

    func exec(_ f: Frame) throws -> Flow {
        let a = try lower.eval(f)
        let b = try upper.eval(f)
        guard case .int(let start) = a, case .int(let end) = b else {
            let value: RangeValue
            do {
                value = try RangeValue(lower: a, upper: b, isClosed: isClosed)
            } catch let error as CellError {
                throw RuntimeError(error, at: opRange)
            }
            return try ForEachNode.iterate(.range(value), self.range, f) { element in
                try self.step(element, f)
            }
        }
        guard start <= end else {
            throw RuntimeError("Range requires lowerBound <= upperBound (\(start) > \(end))", at: opRange)
        }
        let runtime = f.runtime
        guard isClosed || start < end else { return .normal }
        let last = isClosed ? end : end - 1
        var i = start
        if case .slot(let s)? = variable, filter == nil {
            while true {
                try runtime.poll(range)
                f.slots[s] = .int(i)
                let flow = try body.exec(f)
                if case .normal = flow {} else {
                    switch loopStep(flow, label: label) {
                    case .next: break
                    case .stop: return .normal
                    case .propagate: return flow
                    }
                }
                if i == last { return .normal }
                i += 1
            }
        }
        while true {
            try runtime.poll(range)
            switch try step(.int(i), f) {
            case .next: break
            case .stop: return .normal
            case .propagate(let flow): return flow
            }
            if i == last { return .normal }
            i += 1
        }
    }

    enum Outcome {
        case next, stop, propagate(Flow)
    }

    @inline(__always)
    private func step(_ element: Value, _ f: Frame) throws -> Outcome {
        if let variable {
            switch variable {
            case .slot(let s): f.slots[s] = element
            case .cell(let c): f.cells[c] = Box(element)
            case .global(let g): f.runtime.globals.define(g, element, constant: true)
            }
        }
        if let filter, try !condition(try filter.eval(f), filter) { return .next }
        let flow = try body.exec(f)
        switch loopStep(flow, label: label) {
        case .next: return .next
        case .stop: return .stop
        case .propagate: return .propagate(flow)
        }
    }
}

/// `for pattern in sequence`: arrays, ranges, dictionaries (as `(key:, value:)` pairs),
/// strings (characters as strings).
final class ForEachNode: StmtNode {
    let label: String?
    let sequence: any ExprNode
    let pattern: CompiledPattern
    let filter: (any ExprNode)?
    let body: any StmtNode
    let range: SourceRange

    init(label: String?, sequence: any ExprNode, pattern: CompiledPattern, filter: (any ExprNode)?, body: [any StmtNode], range: SourceRange) {
        self.label = label
        self.sequence = sequence
        self.pattern = pattern
        self.filter = filter
        self.body = CellLanguage.sequence(body)
        self.range = range
    }

    func exec(_ f: Frame) throws -> Flow {
        let value = try sequence.eval(f)
        return try ForEachNode.iterate(value, sequence.range, f) { element in
            try pattern.bind(element, f, at: sequence.range)
            if let filter, try !condition(try filter.eval(f), filter) { return .next }
            let flow = try body.exec(f)
            switch loopStep(flow, label: label) {
            case .next: return .next
            case .stop: return .stop
            case .propagate: return .propagate(flow)
            }
        }
    }

    /// Runs `step` for each element of a sequence value.
    static func iterate(
        _ value: Value, _ range: SourceRange, _ f: Frame, _ step: (Value) throws -> ForRangeNode.Outcome
    ) throws -> Flow {
        let runtime = f.runtime
        if case .range(let r) = value, case .int(let start) = r.lower, case .int(let end) = r.upper {
            var i = start
            while r.isClosed ? i <= end : i < end {
                try runtime.poll(range)
                switch try step(.int(i)) {
                case .next: break
                case .stop: return .normal
                case .propagate(let flow): return flow
                }
                if i == Int.max { break }
                i += 1
            }
            return .normal
        }
        for element in try Sequences.elements(of: value, at: range, runtime: runtime) {
            try runtime.poll(range)
            switch try step(element) {
            case .next: continue
            case .stop: return .normal
            case .propagate(let flow): return flow
            }
        }
        return .normal
    }
}

final class WhileNode: StmtNode {
    let label: String?
    let conditions: [CompiledCondition]
    let body: any StmtNode
    let range: SourceRange

    init(label: String?, conditions: [CompiledCondition], body: [any StmtNode], range: SourceRange) {
        self.label = label
        self.conditions = conditions
        self.body = sequence(body)
        self.range = range
    }

    func exec(_ f: Frame) throws -> Flow {
        let runtime = f.runtime
        while try allHold(conditions, f) {
            try runtime.poll(range)
            let flow = try body.exec(f)
            switch loopStep(flow, label: label) {
            case .next: continue
            case .stop: return .normal
            case .propagate: return flow
            }
        }
        return .normal
    }
}

final class RepeatWhileNode: StmtNode {
    let label: String?
    let condition: any ExprNode
    let body: any StmtNode
    let range: SourceRange

    init(label: String?, condition: any ExprNode, body: [any StmtNode], range: SourceRange) {
        self.label = label
        self.condition = condition
        self.body = sequence(body)
        self.range = range
    }

    func exec(_ f: Frame) throws -> Flow {
        let runtime = f.runtime
        repeat {
            try runtime.poll(range)
            let flow = try body.exec(f)
            switch loopStep(flow, label: label) {
            case .next: break
            case .stop: return .normal
            case .propagate: return flow
            }
        } while try CellLanguage.condition(try condition.eval(f), condition)
        return .normal
    }
}

/// `switch subject { case …: … default: … }`: the first matching case runs; `break`
/// leaves the switch.
final class SwitchNode: StmtNode {
    enum Pattern {
        case value(any ExprNode)
        case binding(LocalTarget)
        case wildcard
    }

    struct Case {
        let patterns: [Pattern]
        let filter: (any ExprNode)?
        let body: [any StmtNode]
    }

    let subject: any ExprNode
    let cases: [Case]

    init(subject: any ExprNode, cases: [Case]) {
        self.subject = subject
        self.cases = cases
    }

    func exec(_ f: Frame) throws -> Flow {
        let value = try subject.eval(f)
        for c in cases where try matches(c, value, f) {
            let flow = try executeStatements(c.body, f)
            if case .breakLoop(nil) = flow { return .normal }
            return flow
        }
        return .normal
    }

    private func matches(_ c: Case, _ value: Value, _ f: Frame) throws -> Bool {
        var matched = c.patterns.isEmpty
        for pattern in c.patterns where !matched {
            switch pattern {
            case .wildcard: matched = true
            case .binding(let target):
                store(value, into: target, constant: true, f)
                matched = true
            case .value(let node):
                matched = PatternMatchNode.matches(try node.eval(f), value)
            }
        }
        guard matched else { return false }
        if let filter = c.filter { return try condition(try filter.eval(f), filter) }
        return true
    }
}

final class JumpNode: StmtNode {
    let flow: Flow

    init(_ flow: Flow) {
        self.flow = flow
    }

    func exec(_ f: Frame) throws -> Flow { flow }
}

/// `return value`: checks and converts it to the function's declared result type.
final class ReturnNode: StmtNode {
    let value: (any ExprNode)?
    let type: TypeSpec?
    let range: SourceRange

    init(_ value: (any ExprNode)?, type: TypeSpec?, range: SourceRange) {
        self.value = value
        self.type = type
        self.range = range
    }

    func exec(_ f: Frame) throws -> Flow {
        guard let node = value else {
            if let type, type.coerce(.void) == nil {
                throw RuntimeError("non-void function should return a value of type '\(type)'", at: range)
            }
            f.returnValue = .void
            return .returned
        }
        var result = try node.eval(f)
        if let type {
            guard let converted = type.coerce(result) else {
                throw RuntimeError(
                    "cannot convert return expression of type '\(result.typeName)' to return type '\(type)'",
                    at: value?.range ?? range)
            }
            result = converted
        }
        f.returnValue = result
        return .returned
    }
}
