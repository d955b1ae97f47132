/// Random numbers from the run's seeded generator: `random(in:)`, `seed(_:)`,
/// `Int.random(in:)`, `Double.random(in:)`, `Bool.random()`.
extension Builtins {
    static func registerRandom(into registry: NativeRegistry) {
        let randomIn = NativeFunction(
            "random", parameters: [labeled("in", .any)], topic: "Random",
            doc: "A uniformly random number in a range from the run's seeded generator: random(in: 0..<10) is an Int, random(in: 0.0..<1.0) a Double."
        ) { args, context in
            try randomValue(in: args[0], context.random)
        }
        registry.define(randomIn)
        registry.defineStatic("Int", "random", .function(FunctionValue(native: randomIn)))
        registry.defineStatic("Double", "random", .function(FunctionValue(native: NativeFunction(
            "random", parameters: [labeled("in", .any)], returns: .double, topic: "Random",
            doc: "A uniformly random Double in a range."
        ) { args, context in
            guard case .range(let r) = args[0], let a = r.lower.asDouble, let b = r.upper.asDouble else {
                throw CellError("Double.random(in:) needs a range such as 0.0..<1.0, not \(args[0].typeName)")
            }
            return try randomValue(in: .range(try RangeValue(lower: .double(a), upper: .double(b), isClosed: r.isClosed)), context.random)
        })))
        registry.defineStatic("Bool", "random", .function(FunctionValue(native: NativeFunction(
            "random", parameters: [], returns: .bool, topic: "Random", doc: "true or false with equal odds."
        ) { _, context in
            var generator = context.random
            return .bool(Bool.random(using: &generator))
        })))
        registry.define(
            "seed", parameters: [positional("value", .int)], topic: "Random",
            doc: "Restarts the run's random generator from a seed, so what follows is reproducible."
        ) { args, context in
            context.random.reseed(UInt64(bitPattern: Int64(try args.int(0))))
            return .void
        }
    }

    static func randomValue(in value: Value, _ random: RunGenerator) throws -> Value {
        guard case .range(let r) = value else {
            throw CellError("random(in:) needs a range such as 0..<10 or 0.0..<1.0, not \(value.typeName)")
        }
        var generator = random
        switch (r.lower, r.upper) {
        case (.int(let a), .int(let b)):
            if r.isClosed { return .int(Int.random(in: a...b, using: &generator)) }
            guard a < b else { throw CellError("random(in:) needs a non-empty range, not \(a)..<\(b)") }
            return .int(Int.random(in: a..<b, using: &generator))
        default:
            guard let a = r.lower.asDouble, let b = r.upper.asDouble, a.isFinite, b.isFinite else {
                throw CellError("random(in:) needs finite bounds")
            }
            if r.isClosed { return .double(Double.random(in: a...b, using: &generator)) }
            guard a < b else { throw CellError("random(in:) needs a non-empty range, not \(a)..<\(b)") }
            return .double(Double.random(in: a..<b, using: &generator))
        }
    }
}
