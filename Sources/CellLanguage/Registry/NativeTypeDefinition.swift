/// The members of a native type (`Tensor`, `Dataset`, …) as the language sees them:
/// properties (`t.shape`), methods with labels (`t.sum(axis: 0)`), a subscript (`t[0, 1]`),
/// and static members (`Tensor.zeros([2, 3])`). Constructors are ordinary registry functions
/// named like the type (`ConvNet(width: 64)`); operators are registered with
/// `NativeRegistry.defineOperator`.
///
/// Methods are `NativeFunction`s whose body finds the object in `Arguments.receiver`.
public final class NativeTypeDefinition {
    /// A read-only or read-write property.
    public struct Property {
        /// The property's name.
        public let name: String
        /// Its type, shown in `help`.
        public let type: TypeSpec
        /// One-line documentation.
        public let doc: String
        /// Reads the property from the receiver.
        public let get: (Value) throws -> Value
        /// Writes it (`model.rate = 0.1`); nil when read-only.
        public let set: ((Value, Value) throws -> Void)?
    }

    /// A subscript `x[i]`, `x[i, j]`, `x[a..<b]`: receives the receiver and the index values.
    public struct Subscript {
        /// One-line documentation.
        public let doc: String
        /// Reads `receiver[indices]`.
        public let get: (Value, [Value], CallContext) throws -> Value
        /// Writes `receiver[indices] = newValue`; nil when read-only.
        public let set: ((Value, [Value], Value, CallContext) throws -> Void)?
    }

    /// The type's name.
    public let name: String
    /// The `help()` topic.
    public let topic: String
    /// One-paragraph documentation.
    public let doc: String
    /// Properties by name.
    public private(set) var properties: [String: Property] = [:]
    /// Methods by name; several entries are overloads distinguished by labels or types.
    public private(set) var methods: [String: [NativeFunction]] = [:]
    /// The subscript, if the type has one.
    public private(set) var subscriptAccess: Subscript?
    /// Member names in registration order (for `help` and completion).
    public private(set) var memberNames: [String] = []
    /// Documented static functions (`Tensor.zeros`) by name, overloads in registration order;
    /// `NativeRegistry.defineStatic(_:function:)` fills it.
    public private(set) var staticMethods: [String: [NativeFunction]] = [:]
    /// Static function names in registration order.
    public private(set) var staticNames: [String] = []

    init(name: String, topic: String, doc: String) {
        self.name = name
        self.topic = topic
        self.doc = doc
    }

    /// Adds a property.
    public func property(
        _ name: String, type: TypeSpec = .any, doc: String, get: @escaping (Value) throws -> Value,
        set: ((Value, Value) throws -> Void)? = nil
    ) {
        note(name)
        properties[name] = Property(name: name, type: type, doc: doc, get: get, set: set)
    }

    /// Adds a method (an overload when one of that name exists).
    public func method(_ function: NativeFunction) {
        note(function.name)
        methods[function.name, default: []].append(function)
    }

    /// Adds a method from its parts; the body finds the object in `arguments.receiver`.
    public func method(
        _ name: String, parameters: [Parameter] = [], returns: TypeSpec? = nil, doc: String,
        body: @escaping NativeFunction.Body
    ) {
        method(NativeFunction(name, parameters: parameters, returns: returns, topic: topic, doc: doc, body: body))
    }

    /// Sets the subscript.
    public func subscripting(
        doc: String, get: @escaping (Value, [Value], CallContext) throws -> Value,
        set: ((Value, [Value], Value, CallContext) throws -> Void)? = nil
    ) {
        subscriptAccess = Subscript(doc: doc, get: get, set: set)
    }

    /// Records a documented static function (the registry binds the value).
    func staticMethod(_ function: NativeFunction) {
        if !staticNames.contains(function.name) { staticNames.append(function.name) }
        staticMethods[function.name, default: []].append(function)
    }

    private func note(_ name: String) {
        if !memberNames.contains(name) { memberNames.append(name) }
    }

    /// `help(Type)` text: the doc, then the properties and methods with their docs.
    var helpText: String {
        var out = "\(name)\n\n\(doc)\n"
        for member in staticNames {
            for m in staticMethods[member] ?? [] {
                out += "\n  \(name).\(m.signature)\n      \(m.doc)"
            }
        }
        if let subscriptAccess {
            out += "\n  [index]\n      \(subscriptAccess.doc)"
        }
        for member in memberNames {
            if let p = properties[member] {
                out += "\n  .\(p.name): \(p.type)\n      \(p.doc)"
            }
            for m in methods[member] ?? [] {
                out += "\n  .\(m.signature)\n      \(m.doc)"
            }
        }
        return out + "\n"
    }
}
