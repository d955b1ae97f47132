/// Conversions as in Swift: `Double(3)`, `Int(3.9)` (truncates), `String(42)`,
/// `Int("12")` (nil when not a number), `Array(0..<3)`, `Array(repeating:count:)`.
extension Builtins {
    static func registerConversions(into registry: NativeRegistry) {
        registry.define(
            "Int", parameters: [positional("value")], topic: "Conversions",
            doc: "An Int from a number (a Double is truncated toward zero; NaN, infinity or out-of-range values are errors) or from a String (nil when the text is not an integer)."
        ) { args, _ in
            switch args[0] {
            case .int: return args[0]
            case .double(let d):
                guard d.isFinite else {
                    throw CellError("Double value cannot be converted to Int because it is either infinite or NaN")
                }
                guard let i = Int(exactly: d.rounded(.towardZero)) else {
                    throw CellError("Double value cannot be converted to Int because the result would be \(d > 0 ? "greater than Int.max" : "less than Int.min")")
                }
                return .int(i)
            case .bool(let b): return .int(b ? 1 : 0)
            case .string(let s): return Int(s).map { .some(.int($0)) } ?? .none
            default: throw CellError("cannot convert a value of type '\(args[0].typeName)' to Int")
            }
        }
        registry.define(
            "Double", parameters: [positional("value")], topic: "Conversions",
            doc: "A Double from a number, or from a String (nil when the text is not a number)."
        ) { args, _ in
            switch args[0] {
            case .int(let i): return .double(Double(i))
            case .double: return args[0]
            case .string(let s): return Double(s).map { .some(.double($0)) } ?? .none
            default: throw CellError("cannot convert a value of type '\(args[0].typeName)' to Double")
            }
        }
        registry.define(
            "Bool", parameters: [positional("value")], topic: "Conversions",
            doc: "A Bool from \"true\" or \"false\" (nil for other text), or the Bool itself."
        ) { args, _ in
            switch args[0] {
            case .bool: return args[0]
            case .string(let s): return Bool(s).map { .some(.bool($0)) } ?? .none
            default: throw CellError("cannot convert a value of type '\(args[0].typeName)' to Bool")
            }
        }
        registry.define(
            "String", parameters: [positional("value")], returns: .string, topic: "Conversions",
            doc: "The value's text, as print would write it: String(42) is \"42\", String(0.5) is \"0.5\"."
        ) { args, _ in
            .string(args[0].description)
        }
        registry.define(
            "String", parameters: [labeled("describing")], returns: .string, topic: "Conversions",
            doc: "The value's text, as print would write it."
        ) { args, _ in
            .string(args[0].description)
        }
        registry.define(
            "String", parameters: [labeled("repeating", .string), labeled("count", .int)], returns: .string,
            topic: "Conversions", doc: "The string repeated count times."
        ) { args, _ in
            let count = try args.int(1)
            guard count >= 0 else { throw CellError("String(repeating:count:) needs a count of at least 0, not \(count)") }
            return .string(String(repeating: try args.string(0), count: count))
        }
        registry.define(
            "Array", parameters: [Parameter(nil, name: "elements", default: .array([]), defaultText: "[]")], topic: "Conversions",
            doc: "An array of a sequence's elements: Array(0..<3) is [0, 1, 2], Array(\"ab\") is [\"a\", \"b\"], Array(d.keys)."
        ) { args, context in
            guard let runtime = context.runtime as? Runtime else { return .array([]) }
            return .array(try Sequences.elements(of: args[0], at: runtime.nativeCallSites.last ?? SourceRange(0, 0), runtime: runtime))
        }
        registry.define(
            "Array", parameters: [labeled("repeating"), labeled("count", .int)], topic: "Conversions",
            doc: "An array holding `count` copies of a value: Array(repeating: 0.0, count: 3)."
        ) { args, _ in
            let count = try args.int(1)
            guard count >= 0 else { throw CellError("Array(repeating:count:) needs a count of at least 0, not \(count)") }
            return .array(Array(repeating: args[0], count: count))
        }
        registry.define(
            "Optional", parameters: [positional("value")], topic: "Conversions",
            doc: "The value wrapped in an optional: Optional(3) prints as Optional(3)."
        ) { args, _ in
            .some(args[0])
        }
        registry.define(
            "Dictionary", parameters: [], topic: "Conversions", doc: "An empty dictionary, as [:] is."
        ) { _, _ in
            .dictionary(DictionaryValue())
        }
        registry.define(
            "Dictionary", parameters: [labeled("uniqueKeysWithValues", .array(.any))], topic: "Conversions",
            doc: "A dictionary from (key, value) pairs; a repeated key is an error."
        ) { args, _ in
            var d = DictionaryValue()
            for pair in try args.array(0) {
                guard case .tuple(let t) = pair, t.elements.count == 2 else {
                    throw CellError("Dictionary(uniqueKeysWithValues:) needs (key, value) pairs, not \(pair.typeName)")
                }
                if d[t.elements[0]] != nil { throw CellError("Fatal error: Duplicate values for key: '\(t.elements[0])'") }
                d[t.elements[0]] = t.elements[1]
            }
            return .dictionary(d)
        }
    }
}
