/// A function as a value: a user `func` or closure, a native function from the registry, or
/// a native method bound to its receiver (`t.sum` without a call).
///
/// Functions are reference values; they compare by identity.
public final class FunctionValue {
    enum Kind {
        case user(UserFunction)
        /// One or more overloads of a native function or method (with its receiver).
        case native([NativeFunction], receiver: Value?)
    }

    let kind: Kind

    init(_ kind: Kind) {
        self.kind = kind
    }

    /// Wraps a native function as a value (e.g. to pass `sqrt` to `map`).
    public convenience init(native function: NativeFunction) {
        self.init(.native([function], receiver: nil))
    }

    /// The function's name (`square`), or `closure` for an anonymous closure.
    public var name: String {
        switch kind {
        case .user(let f): return f.name
        case .native(let f, _): return f.first?.name ?? "function"
        }
    }

    /// The Swift-style selector: `scaled(_:by:)`.
    public var selector: String {
        switch kind {
        case .user(let f): return f.selector
        case .native(let f, _): return f.first?.selector ?? "function"
        }
    }

    /// The function's type as Swift writes it: `(Double, Double) -> Double`.
    public var typeName: String {
        switch kind {
        case .user(let f): return f.typeName
        case .native(let f, _): return f.first?.typeName ?? "() -> ()"
        }
    }
}
