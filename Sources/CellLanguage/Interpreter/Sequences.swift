/// What `for … in`, `map`, `filter` and friends iterate: arrays, integer ranges,
/// dictionaries (as `(key:, value:)` tuples, in insertion order), strings (one-character
/// strings), and native objects that register an `elements` property.
enum Sequences {
    static func elements(of value: Value, at range: SourceRange, runtime: Runtime) throws -> [Value] {
        switch value {
        case .array(let elements): return elements
        case .range(let r):
            if case .int(let a) = r.lower, case .int(let b) = r.upper {
                do {
                    return try integers(a, b, closed: r.isClosed)
                } catch let error as CellError {
                    throw RuntimeError(error, at: range)
                }
            }
        case .dictionary(let d):
            return zip(d.keys, d.values).map { .tuple(TupleValue([$0, $1], labels: ["key", "value"])) }
        case .string(let s):
            return s.map { .string(String($0)) }
        case .native(let object):
            if let property = runtime.registry.types[object.typeName]?.properties["elements"] {
                let elements = try Subscripts.native({ try property.get(value) }, at: range)
                if case .array(let items) = elements { return items }
            }
        default:
            break
        }
        throw RuntimeError("for-in loop requires '\(value.typeName)' to conform to 'Sequence'", at: range)
    }

    /// Ranges longer than this are not turned into arrays (iterate them with `for … in`).
    static let maximumListedCount = 100_000_000

    /// The integers of `a..<b` or `a...b` as values.
    static func integers(_ a: Int, _ b: Int, closed: Bool) throws -> [Value] {
        let (span, overflow) = b.subtractingReportingOverflow(a)
        guard !overflow, span < maximumListedCount else {
            throw CellError("this range is too large to list (more than \(maximumListedCount) numbers); iterate it with 'for … in' instead")
        }
        return (a..<(closed ? b + 1 : b)).map { .int($0) }
    }
}
