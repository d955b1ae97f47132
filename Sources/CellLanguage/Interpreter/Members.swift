/// `x.name` on every kind of value: tuple elements (`t.0`, `pair.key`), properties and
/// methods registered for the built-in types (`xs.count`, `s.isEmpty`, `d.keys`) and for
/// native types (`t.shape`), and members a native object answers itself.
enum Members {
    /// The registry type name under which a value's members are registered.
    static func typeKey(_ value: Value) -> String {
        switch value {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .symbol: return "Symbol"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .tuple: return "Tuple"
        case .range: return "Range"
        case .function: return "Function"
        case .native(let object): return object.typeName
        case .none, .some: return "Optional"
        }
    }

    /// Reads `value.name`: a property's value, or a method bound to `value`.
    static func get(_ value: Value, _ name: String, at range: SourceRange, runtime: Runtime) throws -> Value {
        if case .tuple(let t) = value, let i = tupleIndex(t, name) { return t.elements[i] }
        let definition = runtime.registry.types[typeKey(value)]
        if let property = definition?.properties[name] {
            return try Subscripts.native({ try property.get(value) }, at: range)
        }
        if let methods = definition?.methods[name] {
            return .function(FunctionValue(.native(methods, receiver: value)))
        }
        if case .native(let object) = value, let member = object.member(named: name) { return member }
        if name == "description" { return .string(value.description) }
        if name == "debugDescription" { return .string(value.debugDescription) }
        throw noMember(value, name, at: range, runtime: runtime)
    }

    static func noMember(_ value: Value, _ name: String, at range: SourceRange, runtime: Runtime) -> RuntimeError {
        if case .some(let inner) = value, (try? get(inner, name, at: range, runtime: runtime)) != nil {
            return RuntimeError(
                "value of optional type '\(value.typeName)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(inner.typeName)'",
                at: range, notes: ["use '?.' to access the member only when there is a value, or '!' to unwrap it"])
        }
        return RuntimeError(
            "value of type '\(value.typeName)' has no member '\(name)'"
                + Suggestions.didYouMean(name, among: memberNames(value, runtime: runtime)), at: range)
    }

    /// Every member name of a value (for completion and suggestions).
    static func memberNames(_ value: Value, runtime: Runtime) -> [String] {
        var names = runtime.registry.types[typeKey(value)]?.memberNames ?? []
        switch value {
        case .native(let object): names += object.memberNames
        case .tuple(let t):
            names += t.elements.indices.map(String.init) + t.labels.compactMap { $0 }
        default: break
        }
        return names
    }

    static func tupleIndex(_ t: TupleValue, _ name: String) -> Int? {
        if let i = Int(name), i >= 0, i < t.elements.count { return i }
        return t.labels.firstIndex(of: name)
    }

    /// Reads one step of an assignable path.
    static func read(_ value: Value, _ step: LValue.Step, runtime: Runtime) throws -> Value {
        switch step {
        case .index(let indices, let labels, let range):
            return try Subscripts.get(value, indices, labels: labels, at: range, runtime: runtime)
        case .member(let name, let range):
            return try get(value, name, at: range, runtime: runtime)
        case .unwrap(let range):
            switch value {
            case .some(let inner): return inner
            case .none: throw RuntimeError("unexpectedly found nil while unwrapping an Optional value", at: range)
            default: return value
            }
        }
    }

    /// Modifies `value.name` in place through `body` (tuple elements; native properties
    /// with a setter).
    static func modify<R>(
        _ value: inout Value, _ name: String, at range: SourceRange, runtime: Runtime, _ body: (inout Value) throws -> R
    ) throws -> R {
        if case .tuple(var t) = value, let i = tupleIndex(t, name) {
            value = .void
            defer { value = .tuple(t) }
            return try body(&t.elements[i])
        }
        if let property = runtime.registry.types[typeKey(value)]?.properties[name] {
            guard let set = property.set else {
                throw RuntimeError("cannot assign to property: '\(name)' is a get-only property", at: range)
            }
            let receiver = value
            var element = try Subscripts.native({ try property.get(receiver) }, at: range)
            let result = try body(&element)
            let updated = element
            try Subscripts.native({ try set(receiver, updated) }, at: range)
            return result
        }
        _ = try get(value, name, at: range, runtime: runtime)
        throw RuntimeError("cannot assign to property: '\(name)' is a get-only property", at: range)
    }
}
