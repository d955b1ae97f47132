/// The language's own names (LANGUAGE.md): `print`, math, conversions, random numbers,
/// `stride`, `zip`, `format`, `help`, and the members of the built-in types (arrays,
/// strings, dictionaries, ranges, numbers). They are registered like any native function,
/// so `help` documents them and the Prelude's names sit beside them.
enum Builtins {
    static func register(into registry: NativeRegistry) {
        registerOutput(into: registry)
        registerFormat(into: registry)
        registerMath(into: registry)
        registerConversions(into: registry)
        registerRandom(into: registry)
        registerSequenceFunctions(into: registry)
        registerSequenceMethods(into: registry)
        registerStringMethods(into: registry)
        registerDictionaryMethods(into: registry)
        registerNumberMembers(into: registry)
    }

    /// `_ name: T` — a positional parameter.
    static func positional(_ name: String, _ type: TypeSpec = .any) -> Parameter {
        Parameter(nil, name: name, type: type)
    }

    /// `label: T` — a labelled parameter.
    static func labeled(_ label: String, _ type: TypeSpec = .any, default value: Value? = nil) -> Parameter {
        Parameter(label, type: type, default: value)
    }

    /// A closure parameter type `(Any) -> Any` (for docs; any function is accepted).
    static func closure(_ arity: Int) -> TypeSpec {
        .function(Array(repeating: .any, count: arity), .any)
    }

    /// Calls a closure argument and requires a Bool result (for `filter`, `sorted(by:)`, …).
    static func predicate(_ function: Value, _ arguments: [Value], _ context: CallContext, _ what: String) throws -> Bool {
        let result = try context.call(function, arguments)
        guard case .bool(let b) = result else {
            throw CellError("the closure passed to \(what) must return a Bool, not \(result.typeName)")
        }
        return b
    }

    /// A binary operator as a two-argument function (`xs.reduce(0, +)`).
    static func operatorFunction(_ op: BinaryOperator) -> NativeFunction {
        NativeFunction(
            op.rawValue, parameters: [positional("lhs"), positional("rhs")], topic: "Operators",
            doc: "The operator \(op.rawValue) as a function."
        ) { args, context in
            guard let runtime = context.runtime as? Runtime else { return .void }
            return try Operators.binary(op, args[0], args[1], runtime: runtime)
        }
    }

    /// The text `help(x)` prints: for a name, its registry documentation or a user function's
    /// signature; for a function value, its signature; with no argument, the index by topic.
    static func helpText(for subject: Value, runtime: Runtime) -> String {
        switch subject {
        case .none:
            return runtime.registry.helpIndex()
        case .string(let name):
            if let text = runtime.registry.help(name) { return text }
            if let slot = runtime.globals.existingSlot(name), runtime.globals.isDefined[slot] {
                return helpText(for: runtime.globals.values[slot], runtime: runtime)
            }
            return "no help for '\(name)'" + Suggestions.didYouMean(name, among: runtime.registry.names) + "\n"
        case .function(let function):
            switch function.kind {
            case .user(let user): return user.template.signature + "\n"
            case .native(let overloads, _):
                return overloads.map { "\($0.signature)\n\n\($0.doc)\n" }.joined(separator: "\n")
            }
        case .native(let object):
            return runtime.registry.help(object.typeName) ?? "\(object.typeName): \(object.summary)\n"
        default:
            return runtime.registry.help(Members.typeKey(subject)) ?? "\(subject.typeName)\n"
        }
    }
}
