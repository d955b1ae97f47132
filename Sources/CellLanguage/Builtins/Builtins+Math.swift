#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Math: `abs`, `min`, `max`, `sqrt`, `exp`, `log`, `pow`, `floor`, `ceil`, `round`, the
/// trigonometric functions, and the static members `Int.max`, `Double.pi`, ….
extension Builtins {
    static func registerMath(into registry: NativeRegistry) {
        registry.define(
            "abs", parameters: [positional("x")], topic: "Math",
            doc: "The absolute value; an Int stays an Int (abs(Int.min) overflows), a Double stays a Double."
        ) { args, _ in
            switch args[0] {
            case .int(let i):
                guard i != Int.min else { throw CellError("arithmetic operation 'abs(\(i))' (on type 'Int') results in an overflow") }
                return .int(Swift.abs(i))
            case .double(let d): return .double(Swift.abs(d))
            default: throw CellError("abs(_:) needs a number, not \(args[0].typeName)")
            }
        }
        for (name, pickFirst) in [("min", true), ("max", false)] {
            registry.define(
                name, parameters: [positional("x"), positional("y"), Parameter(nil, name: "rest", variadic: true)], topic: "Math",
                doc: "The \(pickFirst ? "smallest" : "largest") of two or more numbers or strings; Ints and Doubles mix (a Double among them makes the result a Double)."
            ) { args, _ in
                let values = [args[0], args[1]] + (try args.array(2))
                var best = values[0]
                for value in values.dropFirst() {
                    guard let order = try Operators.compare(value, best) else {
                        throw CellError("\(name)(_:_:) cannot compare \(best.typeName) and \(value.typeName)")
                    }
                    if pickFirst ? order < 0 : order > 0 { best = value }
                }
                if values.contains(where: { if case .double = $0 { return true }; return false }), let d = best.asDouble {
                    return .double(d)
                }
                return best
            }
        }
        let unary: [(String, String, (Double) -> Double)] = [
            ("sqrt", "The square root.", { $0.squareRoot() }),
            ("exp", "e raised to the power x.", { exp($0) }),
            ("log", "The natural logarithm.", { log($0) }),
            ("log2", "The base-2 logarithm.", { log2($0) }),
            ("log10", "The base-10 logarithm.", { log10($0) }),
            ("floor", "The largest whole number not above x, as a Double.", { $0.rounded(.down) }),
            ("ceil", "The smallest whole number not below x, as a Double.", { $0.rounded(.up) }),
            ("round", "x rounded to the nearest whole number, halves away from zero, as a Double.", { $0.rounded() }),
            ("sin", "The sine (radians).", { sin($0) }),
            ("cos", "The cosine (radians).", { cos($0) }),
            ("tan", "The tangent (radians).", { tan($0) }),
            ("tanh", "The hyperbolic tangent.", { tanh($0) }),
            ("atan", "The arc tangent (radians).", { atan($0) }),
        ]
        for (name, doc, function) in unary {
            registry.define(name, parameters: [positional("x", .double)], returns: .double, topic: "Math", doc: doc) { args, _ in
                .double(function(try args.double(0)))
            }
        }
        registry.define(
            "pow", parameters: [positional("x", .double), positional("y", .double)], returns: .double, topic: "Math",
            doc: "x raised to the power y, as a Double."
        ) { args, _ in
            .double(pow(try args.double(0), try args.double(1)))
        }
        registry.define(
            "atan2", parameters: [positional("y", .double), positional("x", .double)], returns: .double, topic: "Math",
            doc: "The angle of the point (x, y) in radians."
        ) { args, _ in
            .double(atan2(try args.double(0), try args.double(1)))
        }
        registry.defineStatic("Int", "max", .int(Int.max))
        registry.defineStatic("Int", "min", .int(Int.min))
        registry.defineStatic("Double", "pi", .double(Double.pi))
        registry.defineStatic("Double", "infinity", .double(Double.infinity))
        registry.defineStatic("Double", "nan", .double(Double.nan))
        registry.defineStatic("Double", "greatestFiniteMagnitude", .double(Double.greatestFiniteMagnitude))
        registry.defineStatic("Double", "leastNonzeroMagnitude", .double(Double.leastNonzeroMagnitude))
        registry.defineStatic("Double", "ulpOfOne", .double(Double.ulpOfOne))
    }
}
