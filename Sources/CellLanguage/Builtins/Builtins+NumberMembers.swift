/// Members of numbers: `rounded()`, `squareRoot()`, `isNaN`, `isFinite`, `isInfinite`,
/// `magnitude`, `truncatingRemainder(dividingBy:)`, `isMultiple(of:)`.
extension Builtins {
    static func registerNumberMembers(into registry: NativeRegistry) {
        let double = registry.defineType("Double", topic: "Types", doc: "A 64-bit floating-point number, written 0.5 or 1e-3; prints as Swift does (3.0, 0.30000000000000004, 1e+20).")
        let int = registry.defineType("Int", topic: "Types", doc: "A 64-bit integer, written 42, 1_000 or 0x1F; overflow is an error. Int / Int truncates.")
        registry.defineType("Bool", topic: "Types", doc: "true or false.")
        func number(_ value: Value) throws -> Double {
            guard let d = value.asDouble else { throw CellError("expected a number") }
            return d
        }
        double.property("isNaN", type: .bool, doc: "True for NaN.") { .bool(try number($0).isNaN) }
        double.property("isFinite", type: .bool, doc: "True unless infinite or NaN.") { .bool(try number($0).isFinite) }
        double.property("isInfinite", type: .bool, doc: "True for ±infinity.") { .bool(try number($0).isInfinite) }
        double.property("magnitude", type: .double, doc: "The absolute value.") { .double(try number($0).magnitude) }
        int.property("magnitude", type: .int, doc: "The absolute value.") {
            guard case .int(let i) = $0, i != Int.min else { throw CellError("Int.min has no Int magnitude") }
            return .int(Swift.abs(i))
        }
        double.method("squareRoot", parameters: [], returns: .double, doc: "The square root.") { args, _ in
            .double(try number(args.receiver ?? .none).squareRoot())
        }
        double.method(
            "rounded", parameters: [Parameter(nil, name: "rule", type: .symbol, default: .symbol("toNearestOrAwayFromZero"))],
            returns: .double,
            doc: "The value rounded to a whole number: .toNearestOrAwayFromZero (default), .toNearestOrEven, .up, .down, .towardZero, .awayFromZero."
        ) { args, _ in
            let rules: [String: FloatingPointRoundingRule] = [
                "toNearestOrAwayFromZero": .toNearestOrAwayFromZero, "toNearestOrEven": .toNearestOrEven, "up": .up,
                "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
            ]
            let name = try args.symbol(0)
            guard let rule = rules[name] else {
                throw CellError("unknown rounding rule '.\(name)'" + Suggestions.didYouMean(name, among: Array(rules.keys)))
            }
            return .double(try number(args.receiver ?? .none).rounded(rule))
        }
        double.method(
            "truncatingRemainder", parameters: [labeled("dividingBy", .double)], returns: .double,
            doc: "The remainder of truncating division (Swift's % for Doubles)."
        ) { args, _ in
            .double(try number(args.receiver ?? .none).truncatingRemainder(dividingBy: try args.double(0)))
        }
        int.method("isMultiple", parameters: [labeled("of", .int)], returns: .bool, doc: "True when the Int is a multiple of the other.") { args, _ in
            guard case .int(let i)? = args.receiver else { throw CellError("expected an Int") }
            return .bool(i.isMultiple(of: try args.int(0)))
        }
    }
}
