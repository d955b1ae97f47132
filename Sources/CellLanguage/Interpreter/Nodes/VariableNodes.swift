/// Reading variables: each kind of storage has its own node so the hot path is one load.
final class LocalGetNode: ExprNode {
    let range: SourceRange
    let slot: Int

    init(_ slot: Int, _ range: SourceRange) {
        self.slot = slot
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value { f.slots[slot] }
}

/// Reads a captured local of this activation (a box in `cells`).
final class CellGetNode: ExprNode {
    let range: SourceRange
    let cell: Int

    init(_ cell: Int, _ range: SourceRange) {
        self.cell = cell
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value { f.cells[cell].value }
}

/// Reads a variable captured from an enclosing function.
final class CaptureGetNode: ExprNode {
    let range: SourceRange
    let index: Int

    init(_ index: Int, _ range: SourceRange) {
        self.index = index
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value { f.captures[index].value }
}

/// Reads a global; fails with "cannot find" (and a suggestion) while it is undefined.
final class GlobalGetNode: ExprNode {
    let range: SourceRange
    let slot: Int
    let name: String
    /// Local names visible where the read is (for "did you mean").
    let nearbyNames: [String]

    init(_ slot: Int, name: String, nearbyNames: [String], _ range: SourceRange) {
        self.slot = slot
        self.name = name
        self.nearbyNames = nearbyNames
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        let globals = f.runtime.globals
        if globals.isDefined[slot] { return globals.values[slot] }
        throw RuntimeError(Self.notFound(name, nearby: nearbyNames, runtime: f.runtime), at: range)
    }

    static func notFound(_ name: String, nearby: [String], runtime: Runtime) -> String {
        let candidates = nearby + runtime.globals.defined.map(\.name) + runtime.registry.names
        return "cannot find '\(name)' in scope" + Suggestions.didYouMean(name, among: candidates)
    }
}

/// Stores a value into a local target, making a fresh box for captured locals (so each
/// execution of a declaration — each loop iteration — gets its own variable).
@inline(__always)
func store(_ value: Value, into target: LocalTarget, constant: Bool, _ f: Frame) {
    switch target {
    case .slot(let s): f.slots[s] = value
    case .cell(let c): f.cells[c] = Box(value)
    case .global(let g): f.runtime.globals.define(g, value, constant: constant)
    }
}

/// A binding pattern with its names resolved.
indirect enum CompiledPattern {
    case target(LocalTarget, constant: Bool)
    case wildcard
    case tuple([CompiledPattern], SourceRange)

    /// Binds `value` to the pattern's names, destructuring tuples.
    func bind(_ value: Value, _ f: Frame, at range: SourceRange) throws {
        switch self {
        case .target(let target, let constant):
            store(value, into: target, constant: constant, f)
        case .wildcard:
            return
        case .tuple(let items, let patternRange):
            guard case .tuple(let t) = value, t.elements.count == items.count else {
                throw RuntimeError(
                    "cannot destructure a value of type '\(value.typeName)' into a tuple pattern of \(items.count) elements",
                    at: patternRange)
            }
            for (item, element) in zip(items, t.elements) { try item.bind(element, f, at: range) }
        }
    }
}

/// `let`/`var` with an initial value (and an optional type annotation, checked and applied).
final class BindingNode: StmtNode {
    let pattern: CompiledPattern
    let value: any ExprNode
    let type: TypeSpec?

    init(pattern: CompiledPattern, value: any ExprNode, type: TypeSpec?) {
        self.pattern = pattern
        self.value = value
        self.type = type
    }

    func exec(_ f: Frame) throws -> Flow {
        var v = try value.eval(f)
        if let type {
            guard let converted = type.coerce(v) else {
                throw RuntimeError("cannot convert value of type '\(v.typeName)' to specified type '\(type)'", at: value.range)
            }
            v = converted
        }
        try pattern.bind(v, f, at: value.range)
        return .normal
    }
}

/// `var x: Int` without a value: declares the name (holding `nil` until assigned).
final class DeclarationNode: StmtNode {
    let target: LocalTarget
    let constant: Bool

    init(target: LocalTarget, constant: Bool) {
        self.target = target
        self.constant = constant
    }

    func exec(_ f: Frame) throws -> Flow {
        store(.none, into: target, constant: constant, f)
        return .normal
    }
}

/// Creates the boxes of hoisted local functions at block entry, so functions declared in a
/// block can call each other whatever their order.
final class PrepareCellsNode: StmtNode {
    let cells: [Int]

    init(_ cells: [Int]) {
        self.cells = cells
    }

    func exec(_ f: Frame) throws -> Flow {
        for c in cells { f.cells[c] = Box(.void) }
        return .normal
    }
}

/// `func name(…) { … }`: makes the function value and stores it (into the hoisted box, for
/// captured local functions).
final class FunctionDeclarationNode: StmtNode {
    let closure: ClosureNode
    let target: LocalTarget

    init(closure: ClosureNode, target: LocalTarget) {
        self.closure = closure
        self.target = target
    }

    func exec(_ f: Frame) throws -> Flow {
        let value = try closure.eval(f)
        switch target {
        case .slot(let s): f.slots[s] = value
        case .cell(let c): f.cells[c].value = value
        case .global(let g): f.runtime.globals.define(g, value, constant: true)
        }
        return .normal
    }
}

/// A closure expression (or the function of a `func`): captures and makes a function value.
final class ClosureNode: ExprNode {
    let range: SourceRange
    let template: FunctionTemplate

    init(_ template: FunctionTemplate, _ range: SourceRange) {
        self.template = template
        self.range = range
    }

    func eval(_ f: Frame) throws -> Value {
        var captures = ContiguousArray<Box>()
        captures.reserveCapacity(template.captureSources.count)
        for source in template.captureSources {
            switch source {
            case .cell(let c):
                guard c >= 0 && c < f.cellCount else {
                    throw RuntimeError("internal error: a captured variable has no storage", at: range)
                }
                captures.append(f.cells[c])
            case .capture(let i): captures.append(f.captures[i])
            }
        }
        return .function(FunctionValue(.user(UserFunction(template, captures: captures))))
    }
}
