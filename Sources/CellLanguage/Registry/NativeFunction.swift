/// A Swift function made callable from cells: its signature, documentation, and body.
///
/// The interpreter matches a call's arguments to `parameters` by Swift's label rules,
/// applies defaults, checks and converts types, and reports mistakes at the call site with
/// this signature; the body then receives the arguments in parameter order.
public struct NativeFunction {
    /// The body: arguments in parameter order (and the receiver, for methods), plus the
    /// context for progress, cancellation, randomness and calling back into the language.
    public typealias Body = (Arguments, CallContext) throws -> Value

    /// The name callers write (`format`, or `sum` for a method).
    public let name: String
    /// The parameters, in order.
    public let parameters: [Parameter]
    /// The result type shown in signatures; nil when it returns nothing (`Void`).
    public let returnType: TypeSpec?
    /// The one-paragraph documentation `help(name)` prints.
    public let doc: String
    /// The topic `help()` lists it under (`Math`, `Tensors`, `Training`, …).
    public let topic: String
    /// The Swift implementation.
    public let body: Body

    /// Makes a native function.
    public init(
        _ name: String, parameters: [Parameter], returns returnType: TypeSpec? = nil, topic: String, doc: String,
        body: @escaping Body
    ) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.topic = topic
        self.doc = doc
        self.body = body
    }

    /// The full signature: `format(_ x: Double, digits: Int = 2) -> String`.
    public var signature: String {
        "\(name)(" + parameters.map(\.signature).joined(separator: ", ") + ")"
            + (returnType.map { " -> \($0)" } ?? "")
    }

    /// The Swift selector: `format(_:digits:)`.
    public var selector: String {
        "\(name)(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// The function's type: `(Double, Int) -> String`.
    public var typeName: String {
        "(" + parameters.map(\.type.description).joined(separator: ", ") + ") -> "
            + (returnType?.description ?? "()")
    }
}
