/// A value of the cell language: dynamically typed, with Swift's value semantics.
///
/// Scalars (`int`, `double`, `bool`) are stored inline so arithmetic in a hot loop allocates
/// nothing. Arrays, dictionaries and tuples are Swift values (copy-on-write): assigning one
/// copies it, as in Swift. Optionals are explicit, as in Swift: `Int("12")` is
/// `.some(.int(12))` and prints `Optional(12)`; `nil` is `.none`; `??`, `!`, `if let` unwrap.
/// Domain types (Tensor, Dataset, Model, Figure, …) enter as `.native` objects registered by
/// the Prelude. Printing follows Swift exactly (see `Value+Printing.swift`).
public enum Value {
    /// A 64-bit signed integer; arithmetic traps on overflow as in Swift (as an error).
    case int(Int)
    /// A 64-bit IEEE double.
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// A string; `count` counts characters (grapheme clusters) as Swift does.
    case string(String)
    /// A leading-dot option such as `.forgetting`; holds the name without the dot.
    case symbol(String)
    /// An array; a value (copied on assignment).
    case array([Value])
    /// A dictionary that keeps insertion order.
    case dictionary(DictionaryValue)
    /// A tuple, possibly with labels; the empty tuple `()` is Swift's `Void`.
    case tuple(TupleValue)
    /// A range `a..<b` or `a...b` of integers or doubles.
    indirect case range(RangeValue)
    /// A function: a user function or closure, or a native function.
    case function(FunctionValue)
    /// A domain object (Tensor, Dataset, Model, Figure, …) bound by the Prelude.
    case native(any NativeObject)
    /// `nil`: an optional holding nothing.
    case none
    /// An optional holding a value (`Optional(3)`); may nest as in Swift.
    indirect case some(Value)

    /// The empty tuple `()`, which functions without a result return (Swift's `Void`).
    public static let void = Value.tuple(TupleValue([]))

    /// True for `()`, the result of a function that returns nothing.
    public var isVoid: Bool {
        if case .tuple(let t) = self { return t.elements.isEmpty }
        return false
    }

    /// True for `nil` (an empty optional).
    public var isNil: Bool {
        if case .none = self { return true }
        return false
    }

    /// The value with every optional layer removed; nil when it is `nil` at some layer.
    public var unwrapped: Value? {
        switch self {
        case .none: return nil
        case .some(let inner): return inner.unwrapped
        default: return self
        }
    }

    /// The value as a Double when it is a number (an `Int` converts exactly up to 2^53).
    public var asDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The value as an Int when it is an `Int` (a `Double` does not convert implicitly).
    public var asInt: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The value as a String when it is a `String`.
    public var asString: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as a Bool when it is a `Bool`.
    public var asBool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements when the value is an array.
    public var asArray: [Value]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The object when the value is a native object of type `T`.
    public func asNative<T: NativeObject>(_ type: T.Type = T.self) -> T? {
        if case .native(let object) = self { return object as? T }
        return nil
    }

    /// The name of the value's type as Swift would write it: `Int`, `[Double]`,
    /// `[String: Int]`, `(Int, String)`, `Int?`, `Range<Int>`, `Tensor`, ….
    public var typeName: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .symbol: return "Symbol"
        case .array(let elements): return "[\(Value.commonTypeName(elements))]"
        case .dictionary(let d):
            return "[\(Value.commonTypeName(d.keys)): \(Value.commonTypeName(d.values))]"
        case .tuple(let t):
            if t.elements.isEmpty { return "()" }
            return "(" + t.elements.map(\.typeName).joined(separator: ", ") + ")"
        case .range(let r): return (r.isClosed ? "ClosedRange<" : "Range<") + (r.isIntegral ? "Int>" : "Double>")
        case .function(let f): return f.typeName
        case .native(let object): return object.typeName
        case .none: return "nil"
        case .some(let inner): return inner.typeName + "?"
        }
    }

    /// The shared type name of some values, `Any` when they differ or there are none.
    static func commonTypeName(_ values: [Value]) -> String {
        guard let first = values.first?.typeName else { return "Any" }
        return values.dropFirst().allSatisfy { $0.typeName == first } ? first : "Any"
    }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral
{
    /// `.int(n)`.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// `.double(x)`.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// `.bool(b)`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `.string(s)`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `.array(elements)`.
    public init(arrayLiteral elements: Value...) { self = .array(elements) }
}
