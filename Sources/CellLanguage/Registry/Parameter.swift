/// One parameter of a function: its argument label, name, expected type, default value.
///
/// Labels follow Swift: `label == nil` is `_` (the argument is passed without a label).
/// `format(_ x: Double, digits: Int = 2)` has parameters `(nil, "x", Double)` and
/// `("digits", "digits", Int, default 2)`.
public struct Parameter: Hashable {
    /// The argument label callers write, or nil for `_`.
    public var label: String?
    /// The parameter's name inside the function (shown in signatures and `help`).
    public var name: String
    /// The expected type; an argument that does not coerce to it is a call-site error.
    public var type: TypeSpec
    /// The text of the default value as written in the signature (`2`, `.train`), if any.
    public var defaultText: String?
    /// True for `T...`: takes any number of arguments, collected into an array.
    public var isVariadic: Bool
    /// The default value, when the parameter has one.
    public var defaultValue: Value?

    /// Makes a parameter; `label` nil is `_`, `name` defaults to the label.
    public init(
        _ label: String?, name: String? = nil, type: TypeSpec = .any, default defaultValue: Value? = nil,
        defaultText: String? = nil, variadic: Bool = false
    ) {
        self.label = label
        self.name = name ?? label ?? "value"
        self.type = type
        self.isVariadic = variadic
        self.defaultText = defaultText ?? defaultValue?.debugDescription
        self.defaultValue = defaultValue
    }

    /// True when the caller may leave the argument out.
    public var hasDefault: Bool { defaultValue != nil }

    /// The parameter as a signature shows it: `_ x: Double`, `by factor: Double = 2`.
    public var signature: String {
        var text: String
        if let label {
            text = label == name ? label : "\(label) \(name)"
        } else {
            text = "_ \(name)"
        }
        text += ": \(type)" + (isVariadic ? "..." : "")
        if let defaultText { text += " = \(defaultText)" }
        return text
    }
}
