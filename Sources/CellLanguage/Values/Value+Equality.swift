/// Equality and hashing with the language's semantics: `1 == 1.0` (Int and Double mix),
/// `Optional(3) == 3` (Swift promotes to optional), dictionaries equal in any order, functions
/// and native objects by identity. Values of unrelated types are simply unequal here; the
/// `==` operator of the language reports those as a type error before asking.
extension Value: Hashable {
    /// Language equality (see the extension's summary).
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.dictionary(let x), .dictionary(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x.elements == y.elements
        case (.range(let x), .range(let y)): return x == y
        case (.function(let x), .function(let y)): return x === y
        case (.native(let x), .native(let y)): return x === y
        case (.none, .none): return true
        case (.some(let x), .some(let y)): return x == y
        case (.some(let x), _) where !b.isNil: return x == b
        case (_, .some(let y)) where !a.isNil: return a == y
        default: return false
        }
    }

    /// Hashes consistently with `==`: integral doubles hash as their Int, optionals as their
    /// content.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .int(let i): hasher.combine(i)
        case .double(let d):
            if d.rounded(.towardZero) == d, let i = Int(exactly: d) { hasher.combine(i) } else { hasher.combine(d) }
        case .bool(let b): hasher.combine(b)
        case .string(let s): hasher.combine(s)
        case .symbol(let s):
            hasher.combine(1 as UInt8)
            hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .dictionary(let d): hasher.combine(d)
        case .tuple(let t): hasher.combine(t.elements)
        case .range(let r): hasher.combine(r)
        case .function(let f): hasher.combine(ObjectIdentifier(f))
        case .native(let o): hasher.combine(ObjectIdentifier(o))
        case .none: hasher.combine(0 as UInt8)
        case .some(let inner): inner.hash(into: &hasher)
        }
    }
}
