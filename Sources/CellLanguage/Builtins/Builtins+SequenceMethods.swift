/// Methods and properties shared by arrays and ranges (and, where Swift has them, strings
/// and dictionaries): `count`, `isEmpty`, `first`, `last`, `map`, `filter`, `reduce`,
/// `sorted`, `enumerated`, `min`, `max`, `sum` (a Retort addition), `contains`, `joined`, ….
/// Closures are called through the `CallContext`; their errors keep their own locations.
extension Builtins {
    static let sequenceTypes = ["Array", "Range"]

    static let typeDocs = [
        "String": "Text, written \"…\" (escapes \\n \\t \\\" \\\\ \\u{…}, interpolation \\(x)); count counts characters.",
        "Dictionary": "Key-value pairs, written [\"a\": 1] ([:] when empty); keys keep insertion order. d[k] is the value or nil; d[k] = nil removes it.",
    ]

    static func registerSequenceMethods(into registry: NativeRegistry) {
        let array = registry.defineType(
            "Array", topic: "Types",
            doc: "An ordered collection of values, written [1, 2, 3]; a value (assigning copies it). Index with xs[i] (0-based; out of range is an error) or xs[a..<b].")
        registry.defineType(
            "Range", topic: "Types",
            doc: "A range of numbers: a..<b excludes b, a...b includes it. Integer ranges are sequences (for i in 0..<n, (0..<5).map { … }).")
        for name in sequenceTypes {
            guard let type = registry.types[name] else { continue }
            type.property("count", type: .int, doc: "The number of elements.") { .int(try elements($0).count) }
            type.property("isEmpty", type: .bool, doc: "True when there are no elements.") { .bool(try elements($0).isEmpty) }
            type.property("first", type: .optional(.any), doc: "The first element, or nil when empty.") {
                try elements($0).first.map { .some($0) } ?? .none
            }
            type.property("last", type: .optional(.any), doc: "The last element, or nil when empty.") {
                try elements($0).last.map { .some($0) } ?? .none
            }
        }
        array.property("indices", type: .named("Range"), doc: "The valid indices, 0..<count.") {
            .range(try RangeValue(lower: .int(0), upper: .int(try elements($0).count), isClosed: false))
        }
        for name in sequenceTypes + ["String", "Dictionary"] {
            let type = registry.defineType(name, topic: "Types", doc: typeDocs[name] ?? name)
            registerIteration(type, isString: name == "String", isDictionary: name == "Dictionary")
        }
        for name in sequenceTypes + ["String"] {
            guard let type = registry.types[name] else { continue }
            registerOrdering(type, isString: name == "String")
            registerSlicing(type, isString: name == "String")
        }
        array.method(
            "joined", parameters: [labeled("separator", .string, default: "")], returns: .string,
            doc: "The strings of the array joined, with `separator` between them."
        ) { args, _ in
            let parts = try elements(args.receiver).map { element -> String in
                guard case .string(let s) = element else { throw CellError("joined(separator:) needs an array of strings, not one holding \(element.typeName)") }
                return s
            }
            return .string(parts.joined(separator: try args.string(0)))
        }
        for name in sequenceTypes {
            registry.types[name]?.method(
                "sum", parameters: [], doc: "The sum of the numbers (a Retort addition): an Int for Ints, a Double when any is a Double; 0 when empty."
            ) { args, _ in
                var total = Value.int(0)
                for element in try elements(args.receiver) {
                    guard element.asDouble != nil else { throw CellError("sum() needs numbers, not \(element.typeName)") }
                    total = try sumStep(total, element)
                }
                return total
            }
        }
    }

    static func sumStep(_ total: Value, _ element: Value) throws -> Value {
        if case .int(let a) = total, case .int(let b) = element {
            let (r, o) = a.addingReportingOverflow(b)
            if o { throw Operators.overflow(a, "+", b) }
            return .int(r)
        }
        return .double((total.asDouble ?? 0) + (element.asDouble ?? 0))
    }

    /// The elements of a receiver: an array's, a range's integers, a string's characters, a
    /// dictionary's `(key:, value:)` pairs.
    static func elements(_ receiver: Value?) throws -> [Value] {
        switch receiver {
        case .array(let elements)?: return elements
        case .string(let s)?: return s.map { .string(String($0)) }
        case .dictionary(let d)?: return zip(d.keys, d.values).map { .tuple(TupleValue([$0, $1], labels: ["key", "value"])) }
        case .range(let r)?:
            guard case .int(let a) = r.lower, case .int(let b) = r.upper else {
                throw CellError("a range of Doubles is not a sequence; use stride(from:to:by:)")
            }
            return try Sequences.integers(a, b, closed: r.isClosed)
        default:
            throw CellError("\(receiver?.typeName ?? "nothing") is not a sequence")
        }
    }

    /// map, filter, reduce, forEach, contains, enumerated, …
    private static func registerIteration(_ type: NativeTypeDefinition, isString: Bool, isDictionary: Bool) {
        type.method("map", parameters: [positional("transform", closure(1))], doc: "An array of the closure's results for each element.") { args, context in
            .array(try elements(args.receiver).map { try context.call(args[0], [$0]) })
        }
        type.method("filter", parameters: [positional("isIncluded", closure(1))], doc: "The elements for which the closure returns true (a String for a string, a dictionary for a dictionary).") { args, context in
            let kept = try elements(args.receiver).filter { try predicate(args[0], [$0], context, "filter") }
            if isString { return .string(kept.map(\.description).joined()) }
            if isDictionary {
                return .dictionary(DictionaryValue(kept.compactMap { pair in
                    guard case .tuple(let t) = pair else { return nil }
                    return (t.elements[0], t.elements[1])
                }))
            }
            return .array(kept)
        }
        type.method("compactMap", parameters: [positional("transform", closure(1))], doc: "The closure's non-nil results, unwrapped.") { args, context in
            .array(try elements(args.receiver).compactMap { element -> Value? in
                switch try context.call(args[0], [element]) {
                case .none: return nil
                case .some(let inner): return inner
                case let value: return value
                }
            })
        }
        type.method("flatMap", parameters: [positional("transform", closure(1))], doc: "The closure's array results, concatenated.") { args, context in
            var out: [Value] = []
            for element in try elements(args.receiver) {
                let result = try context.call(args[0], [element])
                guard case .array(let items) = result else { throw CellError("the closure passed to flatMap must return an array, not \(result.typeName)") }
                out += items
            }
            return .array(out)
        }
        type.method("reduce", parameters: [positional("initialResult"), positional("nextPartialResult", closure(2))], doc: "Combines the elements with the closure, starting from the initial result: xs.reduce(0, +) or xs.reduce(0) { $0 + $1 }.") { args, context in
            try elements(args.receiver).reduce(args[0]) { try context.call(args[1], [$0, $1]) }
        }
        type.method("forEach", parameters: [positional("body", closure(1))], doc: "Calls the closure on each element.") { args, context in
            for element in try elements(args.receiver) { _ = try context.call(args[0], [element]) }
            return .void
        }
        type.method("enumerated", parameters: [], doc: "(offset:, element:) pairs: for (i, x) in xs.enumerated().") { args, _ in
            .array(try elements(args.receiver).enumerated().map { .tuple(TupleValue([.int($0), $1], labels: ["offset", "element"])) })
        }
        type.method("contains", parameters: [labeled("where", closure(1))], doc: "True when the closure holds for some element.") { args, context in
            .bool(try elements(args.receiver).contains { try predicate(args[0], [$0], context, "contains(where:)") })
        }
        type.method("allSatisfy", parameters: [positional("predicate", closure(1))], doc: "True when the closure holds for every element.") { args, context in
            .bool(try elements(args.receiver).allSatisfy { try predicate(args[0], [$0], context, "allSatisfy") })
        }
        type.method("first", parameters: [labeled("where", closure(1))], doc: "The first element for which the closure holds, or nil.") { args, context in
            try elements(args.receiver).first { try predicate(args[0], [$0], context, "first(where:)") }.map { .some($0) } ?? .none
        }
        type.method("count", parameters: [labeled("where", closure(1))], doc: "How many elements the closure holds for.") { args, context in
            .int(try elements(args.receiver).filter { try predicate(args[0], [$0], context, "count(where:)") }.count)
        }
        if !isDictionary {
            type.method("contains", parameters: [positional("element")], doc: "True when an element equals the value (for a string: when it contains the text).") { args, _ in
                if case .string(let s)? = args.receiver, case .string(let part) = args[0] {
                    return .bool(part.isEmpty || s.contains(part))
                }
                return .bool(try elements(args.receiver).contains { Operators.comparableForEquality($0, args[0]) && $0 == args[0] })
            }
        }
    }

    /// sorted, min, max, reversed, shuffled, firstIndex, …
    private static func registerOrdering(_ type: NativeTypeDefinition, isString: Bool) {
        func ordered(_ a: Value, _ b: Value) throws -> Bool {
            guard let order = try Operators.compare(a, b) else {
                throw CellError("elements of types \(a.typeName) and \(b.typeName) cannot be compared with '<'")
            }
            return order < 0
        }
        type.method("sorted", parameters: [], doc: "The elements in increasing order (numbers or strings); the sort is stable.") { args, _ in
            .array(try elements(args.receiver).sorted(by: ordered))
        }
        type.method("sorted", parameters: [labeled("by", closure(2))], doc: "The elements ordered by the closure (areInIncreasingOrder): xs.sorted(by: >) or xs.sorted { $0.1 < $1.1 }.") { args, context in
            .array(try elements(args.receiver).sorted { try predicate(args[0], [$0, $1], context, "sorted(by:)") })
        }
        type.method("min", parameters: [], doc: "The smallest element, or nil when empty.") { args, _ in
            try elements(args.receiver).min(by: ordered).map { .some($0) } ?? .none
        }
        type.method("max", parameters: [], doc: "The largest element, or nil when empty.") { args, _ in
            try elements(args.receiver).max(by: ordered).map { .some($0) } ?? .none
        }
        type.method("min", parameters: [labeled("by", closure(2))], doc: "The smallest element by the closure, or nil.") { args, context in
            try elements(args.receiver).min { try predicate(args[0], [$0, $1], context, "min(by:)") }.map { .some($0) } ?? .none
        }
        type.method("max", parameters: [labeled("by", closure(2))], doc: "The largest element by the closure, or nil.") { args, context in
            try elements(args.receiver).max { try predicate(args[0], [$0, $1], context, "max(by:)") }.map { .some($0) } ?? .none
        }
        type.method("reversed", parameters: [], doc: "The elements in reverse order (a String for a string).") { args, _ in
            let reversed = Array(try elements(args.receiver).reversed())
            return isString ? .string(reversed.map(\.description).joined()) : .array(reversed)
        }
        type.method("shuffled", parameters: [], doc: "The elements in a random order drawn from the run's generator.") { args, context in
            var generator = context.random
            return .array(try elements(args.receiver).shuffled(using: &generator))
        }
        type.method("randomElement", parameters: [], doc: "A random element from the run's generator, or nil when empty.") { args, context in
            var generator = context.random
            return try elements(args.receiver).randomElement(using: &generator).map { .some($0) } ?? .none
        }
        type.method("firstIndex", parameters: [labeled("of")], doc: "The index of the first element equal to the value, or nil.") { args, _ in
            try elements(args.receiver).firstIndex { Operators.comparableForEquality($0, args[0]) && $0 == args[0] }.map { .some(.int($0)) } ?? .none
        }
        type.method("firstIndex", parameters: [labeled("where", closure(1))], doc: "The index of the first element for which the closure holds, or nil.") { args, context in
            try elements(args.receiver).firstIndex { try predicate(args[0], [$0], context, "firstIndex(where:)") }.map { .some(.int($0)) } ?? .none
        }
    }

    /// prefix, suffix, dropFirst, dropLast.
    private static func registerSlicing(_ type: NativeTypeDefinition, isString: Bool) {
        let parts: [(String, String, ([Value], Int) -> ArraySlice<Value>)] = [
            ("prefix", "The first n elements (fewer when shorter).", { $0.prefix($1) }),
            ("suffix", "The last n elements (fewer when shorter).", { $0.suffix($1) }),
            ("dropFirst", "All but the first n elements (n defaults to 1).", { $0.dropFirst($1) }),
            ("dropLast", "All but the last n elements (n defaults to 1).", { $0.dropLast($1) }),
        ]
        for (name, doc, slice) in parts {
            let count = name.hasPrefix("drop") ? Parameter(nil, name: "k", type: .int, default: 1) : positional("maxLength", .int)
            type.method(name, parameters: [count], doc: doc) { args, _ in
                let n = try args.int(0)
                guard n >= 0 else { throw CellError("\(name)(_:) needs a count of at least 0, not \(n)") }
                let part = Array(slice(try elements(args.receiver), n))
                return isString ? .string(part.map(\.description).joined()) : .array(part)
            }
        }
    }
}
