/// Dictionary members: `count`, `isEmpty`, `keys`, `values`, `first`, `mapValues`,
/// `sorted(by:)` (an array of `(key:, value:)` pairs).
extension Builtins {
    static func registerDictionaryMethods(into registry: NativeRegistry) {
        guard let type = registry.types["Dictionary"] else { return }
        func dictionary(_ value: Value?) throws -> DictionaryValue {
            guard case .dictionary(let d)? = value else { throw CellError("expected a Dictionary") }
            return d
        }
        type.property("count", type: .int, doc: "The number of entries.") { .int(try dictionary($0).count) }
        type.property("isEmpty", type: .bool, doc: "True when there are no entries.") { .bool(try dictionary($0).count == 0) }
        type.property("keys", type: .array(.any), doc: "The keys, in insertion order.") { .array(try dictionary($0).keys) }
        type.property("values", type: .array(.any), doc: "The values, in key insertion order.") { .array(try dictionary($0).values) }
        type.property("first", type: .optional(.any), doc: "The first (key:, value:) pair, or nil.") {
            try elements($0).first.map { .some($0) } ?? .none
        }
        type.method("mapValues", parameters: [positional("transform", closure(1))], doc: "A dictionary with the same keys and the closure's results as values.") { args, context in
            let d = try dictionary(args.receiver)
            return .dictionary(DictionaryValue(try zip(d.keys, d.values).map { ($0, try context.call(args[0], [$1])) }))
        }
        type.method("sorted", parameters: [labeled("by", closure(2))], doc: "The (key:, value:) pairs ordered by the closure: d.sorted { $0.value > $1.value }.") { args, context in
            .array(try elements(args.receiver).sorted { try predicate(args[0], [$0, $1], context, "sorted(by:)") })
        }
        type.method("min", parameters: [labeled("by", closure(2))], doc: "The smallest pair by the closure, or nil.") { args, context in
            try elements(args.receiver).min { try predicate(args[0], [$0, $1], context, "min(by:)") }.map { .some($0) } ?? .none
        }
        type.method("max", parameters: [labeled("by", closure(2))], doc: "The largest pair by the closure, or nil.") { args, context in
            try elements(args.receiver).max { try predicate(args[0], [$0, $1], context, "max(by:)") }.map { .some($0) } ?? .none
        }
    }
}
