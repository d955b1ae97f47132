/// Swift-exact printing. `description` is what `print(x)` and `"\(x)"` show (Swift's
/// `String(describing:)`); `debugDescription` is how a value shows inside a collection,
/// tuple or optional (Swift's `String(reflecting:)`): strings quoted and escaped.
///
/// Numbers use Swift's own formatting (`0.30000000000000004`, `3.0`, `1e+20`), so they agree
/// with Swift by construction.
extension Value: CustomStringConvertible, CustomDebugStringConvertible {
    /// What `print(x)` writes: `3`, `3.0`, `x`, `[1, 2]`, `["a": 1]`, `(1, "x")`,
    /// `Optional(3)`, `nil`, `0..<3`, `.train`.
    public var description: String {
        switch self {
        case .string(let s): return s
        default: return debugDescription
        }
    }

    /// How the value shows inside a collection: like `description` but strings are quoted
    /// and escaped (`"a\n"`).
    public var debugDescription: String {
        switch self {
        case .int(let i): return i.description
        case .double(let d): return d.description
        case .bool(let b): return b.description
        case .string(let s): return s.debugDescription
        case .symbol(let name): return "." + name
        case .array(let elements):
            return "[" + elements.map(\.debugDescription).joined(separator: ", ") + "]"
        case .dictionary(let d):
            if d.count == 0 { return "[:]" }
            return "[" + zip(d.keys, d.values).map { "\($0.debugDescription): \($1.debugDescription)" }
                .joined(separator: ", ") + "]"
        case .tuple(let t):
            let parts = t.elements.enumerated().map { i, e in
                (t.label(i).map { $0 + ": " } ?? "") + e.debugDescription
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .range(let r):
            return r.lower.description + (r.isClosed ? "..." : "..<") + r.upper.description
        case .function: return "(Function)"
        case .native(let object): return object.printed
        case .none: return "nil"
        case .some(let inner): return "Optional(" + inner.debugDescription + ")"
        }
    }

    /// How a cell's result is displayed: like a Swift REPL result, strings quoted, without the
    /// `Optional(…)` wrapper; native objects show their `summary`.
    public var resultDescription: String {
        switch self {
        case .some(let inner): return inner.resultDescription
        case .native(let object): return object.summary
        default: return debugDescription
        }
    }
}
