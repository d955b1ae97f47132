/// The one mechanism by which Swift functions, types and constants become names in the
/// language (DESIGN.md): each entry has a signature (labels, defaults, types), a topic and a
/// one-paragraph doc that `help(name)` prints and from which the README's API reference can
/// be generated.
///
/// Build a registry once at start-up — `NativeRegistry.standard()` holds the language basics
/// (print, math, conversions, random, help); the Prelude adds the domain — then hand it to
/// each `Interpreter`. Registered names live in a scope below the globals, so a cell may
/// shadow them. Not thread-safe while being filled; read-only afterwards.
public final class NativeRegistry {
    /// A documented constant (`pi`-like values a module wants in scope).
    public struct Constant {
        /// The value.
        public let value: Value
        /// The `help()` topic.
        public let topic: String
        /// One-paragraph documentation.
        public let doc: String
    }

    /// Functions by name; several entries are overloads (tried in order).
    public private(set) var functions: [String: [NativeFunction]] = [:]
    /// Native types by name.
    public private(set) var types: [String: NativeTypeDefinition] = [:]
    /// Constants by name.
    public private(set) var constants: [String: Constant] = [:]
    /// Operator overloads by operator symbol, in registration order.
    public private(set) var operators: [String: [NativeOperator]] = [:]
    /// Static members by type name then member name: `Double.pi`, `Int.max`, `Tensor.zeros`.
    public private(set) var staticMembers: [String: [String: Value]] = [:]
    /// Every registered global name, in registration order.
    public private(set) var names: [String] = []

    /// An empty registry (no `print` even); most callers want `standard()`.
    public init() {}

    /// A registry holding the language basics (see `Builtins/`): `print`, math, conversions,
    /// `random(in:)`, `seed(_:)`, `stride`, `zip`, `format`, `help`, and `Int.max`-style
    /// static members.
    public static func standard() -> NativeRegistry {
        let registry = NativeRegistry()
        Builtins.register(into: registry)
        return registry
    }

    /// Adds a function (an overload when the name exists).
    public func define(_ function: NativeFunction) {
        note(function.name)
        functions[function.name, default: []].append(function)
    }

    /// Adds a function from its parts.
    public func define(
        _ name: String, parameters: [Parameter], returns: TypeSpec? = nil, topic: String, doc: String,
        body: @escaping NativeFunction.Body
    ) {
        define(NativeFunction(name, parameters: parameters, returns: returns, topic: topic, doc: doc, body: body))
    }

    /// Adds (or returns the existing) native type, whose members the caller then adds.
    /// Constructors are functions of the same name (`define("ConvNet", …)`).
    @discardableResult
    public func defineType(_ name: String, topic: String, doc: String) -> NativeTypeDefinition {
        if let existing = types[name] { return existing }
        let definition = NativeTypeDefinition(name: name, topic: topic, doc: doc)
        note(name)
        types[name] = definition
        return definition
    }

    /// Adds a documented constant.
    public func defineConstant(_ name: String, _ value: Value, topic: String, doc: String) {
        note(name)
        constants[name] = Constant(value: value, topic: topic, doc: doc)
    }

    /// Adds an operator overload for native operands.
    public func defineOperator(_ overload: NativeOperator) {
        operators[overload.symbol, default: []].append(overload)
    }

    /// Adds a static member `Type.name` (a value or a `.function`).
    public func defineStatic(_ typeName: String, _ name: String, _ value: Value) {
        staticMembers[typeName, default: [:]][name] = value
    }

    /// Adds a documented static function `Type.name(…)`: an overload when one of that name
    /// exists, listed by `help(Type)`. Defines the type (with an empty doc) if needed.
    public func defineStatic(_ typeName: String, function: NativeFunction) {
        let definition = types[typeName] ?? defineType(typeName, topic: function.topic, doc: "")
        definition.staticMethod(function)
        staticMembers[typeName, default: [:]][function.name] =
            .function(FunctionValue(.native(definition.staticMethods[function.name] ?? [function], receiver: nil)))
    }

    private func note(_ name: String) {
        if functions[name] == nil && types[name] == nil && constants[name] == nil { names.append(name) }
    }

    /// True when `name` is a registered function, type or constant.
    public func contains(_ name: String) -> Bool {
        functions[name] != nil || types[name] != nil || constants[name] != nil
    }

    /// The `help(name)` text: signatures and docs of a function's overloads, a type's doc and
    /// members, or a constant's doc; nil when nothing has that name.
    public func help(_ name: String) -> String? {
        var parts: [String] = []
        if let type = types[name] { parts.append(type.helpText) }
        for function in functions[name] ?? [] { parts.append("\(function.signature)\n\n\(function.doc)\n") }
        if let constant = constants[name] { parts.append("\(name) = \(constant.value.debugDescription)\n\n\(constant.doc)\n") }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }

    /// The `help()` text: every name, grouped by topic (topics and names sorted).
    public func helpIndex() -> String {
        var byTopic: [String: [String]] = [:]
        for name in names {
            let topic = types[name]?.topic ?? functions[name]?.first?.topic ?? constants[name]?.topic ?? "Other"
            byTopic[topic, default: []].append(name)
        }
        var out = ""
        for topic in byTopic.keys.sorted() {
            out += "\(topic):\n    " + (byTopic[topic] ?? []).sorted().joined(separator: ", ") + "\n"
        }
        return out + "Type help(name) for one of them, e.g. help(print).\n"
    }
}
