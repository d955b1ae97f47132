/// Resolves a parsed cell's names to slots and turns its AST into executable nodes.
///
/// Locals get frame slots at compile time, so running code never looks a name up. A local
/// captured by a closure lives in a `Box` instead; which locals are captured is only known
/// after their closures are seen, so a cell is compiled twice: the first pass records the
/// captured declarations, the second (identical walk, same declaration numbering) allocates
/// boxes for them. Top-level names of a cell are globals (shared with later cells); a name
/// found nowhere becomes a not-yet-defined global, so a function may use a global that a
/// later cell defines (reading it before then is "cannot find 'x' in scope").
final class Compiler {
    /// A named variable visible in a scope.
    struct Variable {
        let id: Int
        let target: LocalTarget
        let isConstant: Bool
    }

    /// One function (or the cell's top level) being compiled.
    final class Context {
        let parent: Context?
        let isCellTop: Bool
        /// The closure allows `$0…` (it has no parameter list).
        let allowsAnonymousArguments: Bool
        let returnType: TypeSpec?
        let isFunction: Bool
        var scopes: [[String: Variable]] = [[:]]
        var slotCount = 0
        var cellCount = 0
        var captureSources: [FunctionTemplate.CaptureSource] = []
        var captureIndexByDeclaration: [Int: Int] = [:]
        var anonymousSlots: [Int: Int] = [:]

        init(parent: Context?, isCellTop: Bool, allowsAnonymousArguments: Bool, returnType: TypeSpec?, isFunction: Bool) {
            self.parent = parent
            self.isCellTop = isCellTop
            self.allowsAnonymousArguments = allowsAnonymousArguments
            self.returnType = returnType
            self.isFunction = isFunction
        }

        func find(_ name: String) -> Variable? {
            for scope in scopes.reversed() {
                if let variable = scope[name] { return variable }
            }
            return nil
        }

        /// Names visible here (for "did you mean").
        var visibleNames: [String] {
            scopes.flatMap(\.keys) + (parent?.visibleNames ?? [])
        }
    }

    let runtime: Runtime
    let source: SourceText
    let captured: Set<Int>
    var newlyCaptured: Set<Int> = []
    var nextDeclaration = 0
    var context: Context
    var diagnostics: [Diagnostic] = []
    /// Top-level names this cell declares (a second declaration is an error, as in Swift).
    var cellGlobals: Set<String> = []
    /// Variables pre-declared for hoisted `func`s, by declaration.
    var hoisted: [ObjectIdentifier: Variable] = [:]
    /// Declared types of locals (`var xs: [Double]`), by declaration id.
    var declaredTypes: [Int: TypeSpec] = [:]

    init(runtime: Runtime, source: SourceText, captured: Set<Int>) {
        self.runtime = runtime
        self.source = source
        self.captured = captured
        self.context = Context(parent: nil, isCellTop: true, allowsAnonymousArguments: false, returnType: nil, isFunction: false)
    }

    /// A compiled cell: its top-level statements, frame size, and the statement whose value
    /// is the cell's result (when the last statement is an expression).
    struct CompiledCell {
        let statements: [any StmtNode]
        let resultExpression: (any ExprNode)?
        let slotCount: Int
        let cellCount: Int
        let diagnostics: [Diagnostic]
    }

    /// Compiles a cell in two passes (see the type's summary).
    static func compile(_ statements: [Stmt], source: SourceText, runtime: Runtime) -> CompiledCell {
        let first = Compiler(runtime: runtime, source: source, captured: [])
        _ = first.compileCell(statements)
        let second = Compiler(runtime: runtime, source: source, captured: first.newlyCaptured)
        return second.compileCell(statements)
    }

    private func compileCell(_ statements: [Stmt]) -> CompiledCell {
        var nodes: [any StmtNode] = []
        var result: (any ExprNode)?
        nodes.append(contentsOf: hoistFunctions(statements))
        for (i, statement) in statements.enumerated() {
            if i == statements.count - 1, case .expression(let expr) = statement.kind {
                result = compileExpression(expr)
            } else {
                nodes.append(contentsOf: compileStatement(statement))
            }
        }
        return CompiledCell(
            statements: nodes, resultExpression: result, slotCount: context.slotCount, cellCount: context.cellCount,
            diagnostics: diagnostics)
    }

    func error(_ message: String, at range: SourceRange) {
        diagnostics.append(Diagnostic(message, at: range, in: source))
    }

    // MARK: Scopes

    func pushScope() { context.scopes.append([:]) }
    func popScope() { context.scopes.removeLast() }

    /// True when declarations here are globals (the cell's outermost scope).
    var declaresGlobals: Bool { context.isCellTop && context.scopes.count == 1 }

    /// Declares a name in the innermost scope and gives it storage.
    func declare(_ name: String, constant: Bool, at range: SourceRange) -> Variable {
        let id = nextDeclaration
        nextDeclaration += 1
        let target: LocalTarget
        if declaresGlobals {
            if cellGlobals.contains(name) { error("invalid redeclaration of '\(name)'", at: range) }
            cellGlobals.insert(name)
            target = .global(runtime.globals.slot(for: name))
        } else {
            if name != "_" && context.scopes[context.scopes.count - 1][name] != nil {
                error("invalid redeclaration of '\(name)'", at: range)
            }
            if captured.contains(id) {
                target = .cell(context.cellCount)
                context.cellCount += 1
            } else {
                target = .slot(context.slotCount)
                context.slotCount += 1
            }
        }
        let variable = Variable(id: id, target: target, isConstant: constant)
        if name != "_" { context.scopes[context.scopes.count - 1][name] = variable }
        return variable
    }

    /// A fresh slot for compiler temporaries (never captured).
    func temporarySlot() -> Int {
        context.slotCount += 1
        return context.slotCount - 1
    }

    /// How a name is reached from the current context.
    enum Access {
        case variable(Variable)
        case captured(index: Int, constant: Bool)
        case global(slot: Int)
        case constant(Value)
    }

    func resolve(_ name: String) -> Access {
        if let variable = context.find(name) {
            if case .global(let slot) = variable.target { return .global(slot: slot) }
            return .variable(variable)
        }
        if let capture = captureIndex(name, in: context) { return .captured(index: capture.index, constant: capture.constant) }
        if let slot = runtime.globals.existingSlot(name), runtime.globals.isDefined[slot] || cellGlobals.contains(name) {
            return .global(slot: slot)
        }
        if let builtin = builtinValue(name) { return .constant(builtin) }
        return .global(slot: runtime.globals.slot(for: name))
    }

    /// The registry's value for a name: a native function (all overloads), or a constant.
    func builtinValue(_ name: String) -> Value? {
        if let overloads = runtime.registry.functions[name] {
            return .function(FunctionValue(.native(overloads, receiver: nil)))
        }
        return runtime.registry.constants[name]?.value
    }

    /// The index of `name` among `context`'s captures, capturing it (and through every
    /// enclosing function in between) when it is a local of an enclosing function. Captures
    /// are keyed by the captured declaration, so each variable is captured once per function.
    private func captureIndex(_ name: String, in context: Context) -> (index: Int, id: Int, constant: Bool)? {
        guard let parent = context.parent else { return nil }
        if let variable = parent.find(name) {
            let source: FunctionTemplate.CaptureSource
            switch variable.target {
            case .global: return nil
            case .cell(let c): source = .cell(c)
            case .slot: source = .cell(-1)
            }
            newlyCaptured.insert(variable.id)
            return (addCapture(variable.id, source, to: context), variable.id, variable.isConstant)
        }
        guard let outer = captureIndex(name, in: parent) else { return nil }
        return (addCapture(outer.id, .capture(outer.index), to: context), outer.id, outer.constant)
    }

    private func addCapture(_ key: Int, _ source: FunctionTemplate.CaptureSource, to context: Context) -> Int {
        if let existing = context.captureIndexByDeclaration[key] { return existing }
        context.captureSources.append(source)
        let index = context.captureSources.count - 1
        context.captureIndexByDeclaration[key] = index
        return index
    }

    /// Names a "did you mean" may suggest at this point.
    var suggestionCandidates: [String] {
        context.visibleNames
    }
}
