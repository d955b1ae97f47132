/// A type in Swift's type syntax, as written in annotations (`let k: [Double] = …`) and in
/// native signatures; checked at run time.
///
/// Checking also converts, as Swift's literals would: an `Int` where a `Double` is expected
/// becomes a `Double` (also inside arrays, dictionaries and optionals), and a value where
/// `T?` is expected is wrapped in `Optional`.
public indirect enum TypeSpec: Hashable, Sendable, CustomStringConvertible {
    /// `Any`: every value.
    case any
    /// A named type: `Int`, `Double`, `Bool`, `String`, `Symbol`, `Range`, `ClosedRange`,
    /// `Void`, or a native type name such as `Tensor`. Generic arguments are kept in `arguments`.
    case named(String, arguments: [TypeSpec])
    /// `[T]`.
    case array(TypeSpec)
    /// `[K: V]`.
    case dictionary(TypeSpec, TypeSpec)
    /// `T?`.
    case optional(TypeSpec)
    /// `(A, B)`; `()` is `Void`.
    case tuple([TypeSpec])
    /// `(min: Int, max: Int)`: a tuple type with element labels (nil for unlabelled ones).
    case labeledTuple([TypeSpec], labels: [String?])
    /// `(A, B) -> R`.
    case function([TypeSpec], TypeSpec)

    /// `Int`.
    public static let int = TypeSpec.named("Int", arguments: [])
    /// `Double`.
    public static let double = TypeSpec.named("Double", arguments: [])
    /// `Bool`.
    public static let bool = TypeSpec.named("Bool", arguments: [])
    /// `String`.
    public static let string = TypeSpec.named("String", arguments: [])
    /// `Symbol` (a leading-dot option such as `.train`).
    public static let symbol = TypeSpec.named("Symbol", arguments: [])

    /// A named type without generic arguments: `.named("Tensor")`.
    public static func named(_ name: String) -> TypeSpec { .named(name, arguments: []) }

    /// The type as Swift writes it.
    public var description: String {
        switch self {
        case .any: return "Any"
        case .named(let name, let arguments):
            return arguments.isEmpty ? name : name + "<" + arguments.map(\.description).joined(separator: ", ") + ">"
        case .array(let element): return "[\(element)]"
        case .dictionary(let key, let value): return "[\(key): \(value)]"
        case .optional(let wrapped):
            if case .function = wrapped { return "(\(wrapped))?" }
            return "\(wrapped)?"
        case .tuple(let elements): return "(" + elements.map(\.description).joined(separator: ", ") + ")"
        case .labeledTuple(let elements, let labels):
            return "(" + zip(elements, labels).map { ($1.map { "\($0): " } ?? "") + $0.description }.joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            return "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
        }
    }

    /// Type names the language itself knows (native types add theirs through the registry).
    static let builtinNames: Set<String> = [
        "Any", "Int", "Double", "Float", "Bool", "String", "Symbol", "Range", "ClosedRange",
        "Void", "Array", "Dictionary", "Optional", "Character",
    ]

    /// The value converted to this type, or nil when it is not of this type.
    /// Cost: O(n) for collections (each element is checked).
    public func coerce(_ value: Value) -> Value? {
        switch self {
        case .any:
            return value
        case .named(let name, let arguments):
            return coerceNamed(name, arguments, value)
        case .array(let element):
            guard case .array(let elements) = value else { return nil }
            var out: [Value] = []
            out.reserveCapacity(elements.count)
            for e in elements {
                guard let c = element.coerce(e) else { return nil }
                out.append(c)
            }
            return .array(out)
        case .dictionary(let keyType, let valueType):
            guard case .dictionary(let d) = value else { return nil }
            var out = DictionaryValue()
            for (k, v) in zip(d.keys, d.values) {
                guard let ck = keyType.coerce(k), let cv = valueType.coerce(v) else { return nil }
                out[ck] = cv
            }
            return .dictionary(out)
        case .optional(let wrapped):
            switch value {
            case .none: return Value.none
            case .some(let inner): return wrapped.coerce(inner).map { .some($0) }
            default: return wrapped.coerce(value).map { .some($0) }
            }
        case .tuple(let types):
            if types.isEmpty { return value.isVoid ? value : nil }
            guard case .tuple(let t) = value, t.elements.count == types.count else { return nil }
            var out: [Value] = []
            for (type, element) in zip(types, t.elements) {
                guard let c = type.coerce(element) else { return nil }
                out.append(c)
            }
            return .tuple(TupleValue(out, labels: t.labels))
        case .labeledTuple(let types, let labels):
            guard case .tuple(let t)? = TypeSpec.tuple(types).coerce(value) else { return nil }
            for (i, label) in t.labels.enumerated() where label != nil && label != labels[i] { return nil }
            return .tuple(TupleValue(t.elements, labels: labels))
        case .function:
            if case .function = value { return value }
            return nil
        }
    }

    private func coerceNamed(_ name: String, _ arguments: [TypeSpec], _ value: Value) -> Value? {
        switch (name, value) {
        case ("Any", _): return value
        case ("Int", .int), ("Bool", .bool), ("String", .string), ("Character", .string), ("Symbol", .symbol):
            return value
        case ("Double", .double), ("Float", .double): return value
        case ("Double", .int(let i)), ("Float", .int(let i)): return .double(Double(i))
        case ("Void", _): return value.isVoid ? value : nil
        case ("Range", .range(let r)): return r.isClosed ? nil : value
        case ("ClosedRange", .range(let r)): return r.isClosed ? value : nil
        case ("Array", .array):
            return arguments.count == 1 ? TypeSpec.array(arguments[0]).coerce(value) : value
        case ("Dictionary", .dictionary):
            return arguments.count == 2 ? TypeSpec.dictionary(arguments[0], arguments[1]).coerce(value) : value
        case ("Optional", _):
            return arguments.count == 1 ? TypeSpec.optional(arguments[0]).coerce(value) : value
        case (_, .native(let object)): return object.typeName == name ? value : nil
        default: return nil
        }
    }
}
