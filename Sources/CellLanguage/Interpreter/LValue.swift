/// An assignable place: a variable followed by element, member and unwrap steps
/// (`xs[i]`, `t.0`, `d["a"]!`, `grid[r][c]`, `model.rate`).
///
/// Assignment first evaluates every index (so no user code runs while the place is being
/// modified), then modifies the variable's storage in place: an array element is written
/// without copying the array (the array is moved out of its variable, changed, and moved
/// back, keeping Swift's copy-on-write cost model).
final class LValue {
    enum Root {
        case slot(Int), cell(Int), capture(Int), global(Int)
    }

    enum Component {
        case index([any ExprNode], labels: [String?], range: SourceRange)
        case member(String, range: SourceRange)
        case unwrap(range: SourceRange)
    }

    enum Step {
        case index([Value], labels: [String?], range: SourceRange)
        case member(String, range: SourceRange)
        case unwrap(range: SourceRange)
    }

    let root: Root
    let name: String
    /// Known constant at compile time (locals); globals are checked when assigned.
    let isConstant: Bool
    let components: [Component]
    /// The static type of the place, when its variable was declared with a type; used to
    /// convert assigned values as Swift would (`xs[0] = 1` in a `[Double]` stores `1.0`).
    let type: TypeSpec?
    let range: SourceRange
    let nearbyNames: [String]

    init(root: Root, name: String, isConstant: Bool, components: [Component], type: TypeSpec?, range: SourceRange, nearbyNames: [String]) {
        self.root = root
        self.name = name
        self.isConstant = isConstant
        self.components = components
        self.type = type
        self.range = range
        self.nearbyNames = nearbyNames
    }

    func steps(_ f: Frame) throws -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(components.count)
        for component in components {
            switch component {
            case .index(let nodes, let labels, let range):
                var values: [Value] = []
                for node in nodes { values.append(try node.eval(f)) }
                steps.append(.index(values, labels: labels, range: range))
            case .member(let name, let range): steps.append(.member(name, range: range))
            case .unwrap(let range): steps.append(.unwrap(range: range))
            }
        }
        return steps
    }

    /// Reads the current value at the place.
    func get(_ f: Frame, _ steps: [Step]) throws -> Value {
        var value = try rootValue(f)
        for step in steps { value = try Members.read(value, step, runtime: f.runtime) }
        return value
    }

    func rootValue(_ f: Frame) throws -> Value {
        switch root {
        case .slot(let s): return f.slots[s]
        case .cell(let c): return f.cells[c].value
        case .capture(let i): return f.captures[i].value
        case .global(let g):
            let globals = f.runtime.globals
            guard globals.isDefined[g] else {
                throw RuntimeError(GlobalGetNode.notFound(name, nearby: nearbyNames, runtime: f.runtime), at: range)
            }
            return globals.values[g]
        }
    }

    /// Fails when the place belongs to a `let` constant (unless a reference-typed native
    /// object lies on the path: its properties may change, as a Swift class's).
    func checkMutable(_ f: Frame, _ steps: [Step], verb: Verb) throws {
        var constant = isConstant
        if case .global(let g) = root {
            let globals = f.runtime.globals
            constant = globals.isDefined[g] && globals.isConstant[g]
        }
        guard constant else { return }
        var value = try rootValue(f)
        for step in steps {
            if case .native = value { return }
            value = try Members.read(value, step, runtime: f.runtime)
        }
        if case .native = value, !steps.isEmpty { return }
        let message: String
        switch (verb, steps.last) {
        case (.mutatingMember(let member), _):
            message = "cannot use mutating member '\(member)' on immutable value: '\(name)' is a 'let' constant"
        case (_, nil): message = "cannot assign to value: '\(name)' is a 'let' constant"
        case (_, .index?): message = "cannot assign through subscript: '\(name)' is a 'let' constant"
        case (_, .member?), (_, .unwrap?): message = "cannot assign to property: '\(name)' is a 'let' constant"
        }
        throw RuntimeError(message, at: range, notes: ["change 'let' to 'var' to make it mutable"])
    }

    enum Verb {
        case assign
        case mutatingMember(String)
    }

    /// Runs `body` on the place's storage, in place.
    func modify<R>(_ f: Frame, _ steps: [Step], _ body: (inout Value) throws -> R) throws -> R {
        let runtime = f.runtime
        switch root {
        case .slot(let s): return try LValue.apply(&f.slots[s], steps[...], runtime, body)
        case .cell(let c):
            let box = f.cells[c]
            return try LValue.apply(&box.value, steps[...], runtime, body)
        case .capture(let i):
            let box = f.captures[i]
            return try LValue.apply(&box.value, steps[...], runtime, body)
        case .global(let g):
            guard runtime.globals.isDefined[g] else {
                throw RuntimeError(GlobalGetNode.notFound(name, nearby: nearbyNames, runtime: runtime), at: range)
            }
            return try LValue.apply(&runtime.globals.values[g], steps[...], runtime, body)
        }
    }

    static func apply<R>(_ value: inout Value, _ steps: ArraySlice<Step>, _ runtime: Runtime, _ body: (inout Value) throws -> R) throws -> R {
        guard let step = steps.first else { return try body(&value) }
        let rest = steps.dropFirst()
        switch step {
        case .index(let indices, let labels, let range):
            return try Subscripts.modify(&value, indices, labels: labels, at: range, runtime: runtime) { element in
                try apply(&element, rest, runtime, body)
            }
        case .member(let name, let range):
            return try Members.modify(&value, name, at: range, runtime: runtime) { element in
                try apply(&element, rest, runtime, body)
            }
        case .unwrap(let range):
            switch value {
            case .some(var inner):
                value = .void
                defer { value = .some(inner) }
                return try apply(&inner, rest, runtime, body)
            case .none:
                throw RuntimeError("unexpectedly found nil while unwrapping an Optional value", at: range)
            default:
                return try apply(&value, rest, runtime, body)
            }
        }
    }
}
