/// `stride(from:to:by:)`, `stride(from:through:by:)` and `zip(_:_:)`.
extension Builtins {
    static func registerSequenceFunctions(into registry: NativeRegistry) {
        for (label, closed) in [("to", false), ("through", true)] {
            registry.define(
                "stride", parameters: [labeled("from"), labeled(label), labeled("by")], topic: "Sequences",
                doc: "The numbers from `from` \(closed ? "up to and including" : "up to but excluding") `\(label)` in steps of `by` (negative steps count down), as an array: stride(from: 0, \(label): 10, by: 3)."
            ) { args, _ in
                try strideValues(args[0], args[1], args[2], closed: closed)
            }
        }
        registry.define(
            "zip", parameters: [positional("a"), positional("b")], topic: "Sequences",
            doc: "Pairs the elements of two sequences, as an array of tuples as long as the shorter: zip([1, 2], [\"a\", \"b\"])."
        ) { args, context in
            guard let runtime = context.runtime as? Runtime else { return .array([]) }
            let at = runtime.nativeCallSites.last ?? SourceRange(0, 0)
            let a = try Sequences.elements(of: args[0], at: at, runtime: runtime)
            let b = try Sequences.elements(of: args[1], at: at, runtime: runtime)
            return .array(zip(a, b).map { .tuple(TupleValue([$0, $1])) })
        }
    }

    static func strideValues(_ from: Value, _ end: Value, _ step: Value, closed: Bool) throws -> Value {
        let limit = 10_000_000
        if case .int(let a) = from, case .int(let b) = end, case .int(let s) = step {
            guard s != 0 else { throw CellError("stride needs a non-zero step") }
            var values: [Value] = []
            for i in closed ? Array(Swift.stride(from: a, through: b, by: s).prefix(limit + 1)) : Array(Swift.stride(from: a, to: b, by: s).prefix(limit + 1)) {
                values.append(.int(i))
            }
            guard values.count <= limit else { throw CellError("stride would make more than \(limit) numbers") }
            return .array(values)
        }
        guard let a = from.asDouble, let b = end.asDouble, let s = step.asDouble else {
            throw CellError("stride needs numbers, not \(from.typeName), \(end.typeName) and \(step.typeName)")
        }
        guard s != 0, s.isFinite else { throw CellError("stride needs a non-zero, finite step") }
        let sequence = closed ? Array(Swift.stride(from: a, through: b, by: s).prefix(limit + 1)) : Array(Swift.stride(from: a, to: b, by: s).prefix(limit + 1))
        guard sequence.count <= limit else { throw CellError("stride would make more than \(limit) numbers") }
        return .array(sequence.map { .double($0) })
    }
}
