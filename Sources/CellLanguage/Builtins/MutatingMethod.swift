/// The mutating methods of the built-in collections (`xs.append(4)`, `d.removeValue(forKey:)`,
/// `s.append("!")`). They change the variable (or element) they are called on, in place;
/// calling one on a `let` is an error, as in Swift.
struct MutatingMethod {
    /// How an argument relates to the collection's declared element type, so that
    /// `append(1)` on a `[Double]` stores `1.0`.
    enum Role {
        case plain, element, elements
    }

    let name: String
    let parameters: [Parameter]
    let roles: [Role]
    let body: (inout Value, [Value], Runtime, CallSite) throws -> Value

    /// Methods by receiver type (`Members.typeKey`) and name; several per name are overloads.
    static let table: [String: [String: [MutatingMethod]]] = {
        var table: [String: [String: [MutatingMethod]]] = [:]
        for method in arrayMethods { table["Array", default: [:]][method.name, default: []].append(method) }
        for method in dictionaryMethods { table["Dictionary", default: [:]][method.name, default: []].append(method) }
        for method in stringMethods { table["String", default: [:]][method.name, default: []].append(method) }
        return table
    }()

    /// Every mutating method name (the compiler treats calls of these on a place specially).
    static let names: Set<String> = Set(table.values.flatMap(\.keys))

    /// Picks the overload whose labels fit and converts its arguments.
    static func select(_ overloads: [MutatingMethod], _ values: [Value], site: CallSite, placeType: TypeSpec?) throws -> (MutatingMethod, [Value]) {
        var element: TypeSpec?
        switch placeType {
        case .array(let e)?: element = e
        case .dictionary(_, let v)?: element = v
        default: element = nil
        }
        var failure: RuntimeError?
        for method in overloads {
            switch ArgumentMatcher.match(site.labels, method.parameters, trailingFrom: site.trailingFrom) {
            case .failure(let f):
                if failure == nil {
                    let signature = method.name + "(" + method.parameters.map(\.signature).joined(separator: ", ") + ")"
                    failure = RuntimeError(f.message, at: f.argument.map(site.argumentRange) ?? site.range, notes: ["expected \(signature)"])
                }
            case .success(let sources):
                var matched: [Value] = []
                for (i, source) in sources.enumerated() {
                    var value: Value
                    var position = 0
                    switch source {
                    case .argument(let a):
                        value = values[a]
                        position = a
                    case .variadic(let indices): value = .array(indices.map { values[$0] })
                    case .defaultValue: value = method.parameters[i].defaultValue ?? .none
                    }
                    if let element {
                        let type: TypeSpec? = method.roles[i] == .element ? element : method.roles[i] == .elements ? .array(element) : nil
                        value = try site.convert(value, to: type, argument: position)
                    }
                    matched.append(value)
                }
                return (method, matched)
            }
        }
        throw failure ?? RuntimeError("cannot call '\(overloads.first?.name ?? "method")' here", at: site.range)
    }

    /// Runs `body` on the array inside `value` (moved out, so it is changed without a copy).
    static func onArray(_ value: inout Value, _ body: (inout [Value]) throws -> Value) rethrows -> Value {
        guard case .array(var elements) = value else { return .void }
        value = .void
        defer { value = .array(elements) }
        return try body(&elements)
    }

    static func index(_ value: Value, count: Int, inclusive: Bool) throws -> Int {
        guard case .int(let i) = value else { throw CellError("an index must be an Int, not \(value.typeName)") }
        guard i >= 0 && (inclusive ? i <= count : i < count) else {
            throw CellError("index out of range: index \(i), but the array has \(count) element\(count == 1 ? "" : "s")")
        }
        return i
    }

    static func p(_ label: String?, _ name: String, default value: Value? = nil) -> Parameter {
        Parameter(label, name: name, default: value)
    }

    static let arrayMethods: [MutatingMethod] = [
        MutatingMethod(name: "append", parameters: [p(nil, "newElement")], roles: [.element]) { value, args, _, _ in
            onArray(&value) { $0.append(args[0]); return .void }
        },
        MutatingMethod(name: "append", parameters: [p("contentsOf", "newElements")], roles: [.elements]) { value, args, _, _ in
            guard case .array(let items) = args[0] else { throw CellError("append(contentsOf:) needs an array, not \(args[0].typeName)") }
            return onArray(&value) { $0.append(contentsOf: items); return .void }
        },
        MutatingMethod(name: "insert", parameters: [p(nil, "newElement"), p("at", "i")], roles: [.element, .plain]) { value, args, _, _ in
            try onArray(&value) { $0.insert(args[0], at: try index(args[1], count: $0.count, inclusive: true)); return .void }
        },
        MutatingMethod(name: "remove", parameters: [p("at", "index")], roles: [.plain]) { value, args, _, _ in
            try onArray(&value) { $0.remove(at: try index(args[0], count: $0.count, inclusive: false)) }
        },
        MutatingMethod(name: "removeFirst", parameters: [], roles: []) { value, _, _, _ in
            try onArray(&value) {
                guard !$0.isEmpty else { throw CellError("can't remove first element from an empty collection") }
                return $0.removeFirst()
            }
        },
        MutatingMethod(name: "removeLast", parameters: [], roles: []) { value, _, _, _ in
            try onArray(&value) {
                guard !$0.isEmpty else { throw CellError("can't remove last element from an empty collection") }
                return $0.removeLast()
            }
        },
        MutatingMethod(name: "popLast", parameters: [], roles: []) { value, _, _, _ in
            onArray(&value) { $0.popLast().map { .some($0) } ?? .none }
        },
        MutatingMethod(name: "removeAll", parameters: [], roles: []) { value, _, _, _ in
            onArray(&value) { $0.removeAll(); return .void }
        },
        MutatingMethod(name: "removeAll", parameters: [p("where", "shouldBeRemoved")], roles: [.plain]) { value, args, runtime, _ in
            let context = CallContext(runtime: runtime)
            return try onArray(&value) {
                try $0.removeAll { try Builtins.predicate(args[0], [$0], context, "removeAll(where:)") }
                return .void
            }
        },
        MutatingMethod(name: "sort", parameters: [], roles: []) { value, _, _, _ in
            try onArray(&value) { elements in
                try elements.sort {
                    guard let order = try Operators.compare($0, $1) else {
                        throw CellError("elements of types \($0.typeName) and \($1.typeName) cannot be compared with '<'")
                    }
                    return order < 0
                }
                return .void
            }
        },
        MutatingMethod(name: "sort", parameters: [p("by", "areInIncreasingOrder")], roles: [.plain]) { value, args, runtime, _ in
            let context = CallContext(runtime: runtime)
            return try onArray(&value) {
                try $0.sort { try Builtins.predicate(args[0], [$0, $1], context, "sort(by:)") }
                return .void
            }
        },
        MutatingMethod(name: "shuffle", parameters: [], roles: []) { value, _, runtime, _ in
            var generator = runtime.random
            return onArray(&value) { $0.shuffle(using: &generator); return .void }
        },
        MutatingMethod(name: "reverse", parameters: [], roles: []) { value, _, _, _ in
            onArray(&value) { $0.reverse(); return .void }
        },
        MutatingMethod(name: "swapAt", parameters: [p(nil, "i"), p(nil, "j")], roles: [.plain, .plain]) { value, args, _, _ in
            try onArray(&value) {
                $0.swapAt(try index(args[0], count: $0.count, inclusive: false), try index(args[1], count: $0.count, inclusive: false))
                return .void
            }
        },
    ]

    static let dictionaryMethods: [MutatingMethod] = [
        MutatingMethod(name: "removeValue", parameters: [p("forKey", "key")], roles: [.plain]) { value, args, _, _ in
            guard case .dictionary(var d) = value else { return .none }
            value = .void
            defer { value = .dictionary(d) }
            let old = d[args[0]]
            d[args[0]] = nil
            return old.map { .some($0) } ?? .none
        },
        MutatingMethod(name: "updateValue", parameters: [p(nil, "value"), p("forKey", "key")], roles: [.element, .plain]) { value, args, _, _ in
            guard case .dictionary(var d) = value else { return .none }
            value = .void
            defer { value = .dictionary(d) }
            let old = d[args[1]]
            d[args[1]] = args[0]
            return old.map { .some($0) } ?? .none
        },
        MutatingMethod(name: "removeAll", parameters: [], roles: []) { value, _, _, _ in
            value = .dictionary(DictionaryValue())
            return .void
        },
    ]

    static let stringMethods: [MutatingMethod] = [
        MutatingMethod(name: "append", parameters: [p(nil, "other")], roles: [.plain]) { value, args, _, _ in
            guard case .string(var s) = value, case .string(let other) = args[0] else {
                throw CellError("append(_:) on a String needs a String, not \(args[0].typeName)")
            }
            value = .void
            s += other
            value = .string(s)
            return .void
        },
        MutatingMethod(name: "removeAll", parameters: [], roles: []) { value, _, _, _ in
            value = .string("")
            return .void
        },
    ]
}
