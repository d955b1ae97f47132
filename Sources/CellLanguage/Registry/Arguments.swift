/// The arguments of a native call, matched to the function's parameters: `values[i]` belongs
/// to `parameters[i]`, defaults filled in, types checked and converted (an `Int` passed for a
/// `Double` parameter arrives as `.double`). A variadic parameter's arguments arrive as one
/// `.array`.
///
/// The typed accessors throw a `CellError` naming the parameter when a value is not of the
/// asked type (only possible for parameters declared `Any`).
public struct Arguments {
    /// The receiver for a method call (`t` in `t.sum(axis: 0)`), nil for a free function.
    public let receiver: Value?
    /// The values, one per parameter, in parameter order.
    public let values: [Value]
    /// The parameters they were matched to.
    public let parameters: [Parameter]
    /// The name of the function called, for messages.
    public let functionName: String

    /// Makes an argument list; the interpreter does this after matching a call.
    public init(_ values: [Value], parameters: [Parameter], receiver: Value? = nil, functionName: String = "function") {
        self.values = values
        self.parameters = parameters
        self.receiver = receiver
        self.functionName = functionName
    }

    /// The number of parameters.
    public var count: Int { values.count }

    /// The value of parameter `i`; `.none` past the end.
    public subscript(_ i: Int) -> Value {
        i >= 0 && i < values.count ? values[i] : .none
    }

    /// The value of the parameter with this name or label; `.none` when there is none.
    public subscript(_ name: String) -> Value {
        guard let i = parameters.firstIndex(where: { $0.name == name || $0.label == name }) else { return .none }
        return self[i]
    }

    /// Parameter `i` as an Int.
    public func int(_ i: Int) throws -> Int {
        guard let v = self[i].unwrapped?.asInt else { throw mismatch(i, "Int") }
        return v
    }

    /// Parameter `i` as a Double (an Int converts).
    public func double(_ i: Int) throws -> Double {
        guard let v = self[i].unwrapped?.asDouble else { throw mismatch(i, "Double") }
        return v
    }

    /// Parameter `i` as a Bool.
    public func bool(_ i: Int) throws -> Bool {
        guard let v = self[i].unwrapped?.asBool else { throw mismatch(i, "Bool") }
        return v
    }

    /// Parameter `i` as a String.
    public func string(_ i: Int) throws -> String {
        guard let v = self[i].unwrapped?.asString else { throw mismatch(i, "String") }
        return v
    }

    /// Parameter `i` as a symbol's name (`.train` gives `"train"`).
    public func symbol(_ i: Int) throws -> String {
        guard case .symbol(let name)? = self[i].unwrapped else { throw mismatch(i, "Symbol") }
        return name
    }

    /// Parameter `i` as an array.
    public func array(_ i: Int) throws -> [Value] {
        guard let v = self[i].unwrapped?.asArray else { throw mismatch(i, "Array") }
        return v
    }

    /// Parameter `i` as an array of Doubles (Ints convert).
    public func doubles(_ i: Int) throws -> [Double] {
        let elements = try array(i)
        var out: [Double] = []
        out.reserveCapacity(elements.count)
        for e in elements {
            guard let d = e.asDouble else { throw mismatch(i, "[Double]") }
            out.append(d)
        }
        return out
    }

    /// Parameter `i` as an array of Ints.
    public func ints(_ i: Int) throws -> [Int] {
        let elements = try array(i)
        var out: [Int] = []
        out.reserveCapacity(elements.count)
        for e in elements {
            guard let d = e.asInt else { throw mismatch(i, "[Int]") }
            out.append(d)
        }
        return out
    }

    /// Parameter `i` as a native object of type `T`.
    public func native<T: NativeObject>(_ i: Int, as type: T.Type = T.self) throws -> T {
        guard let v = self[i].unwrapped?.asNative(T.self) else { throw mismatch(i, "\(T.self)") }
        return v
    }

    /// Parameter `i` if it is not `nil`, else nil (for optional parameters).
    public func optional(_ i: Int) -> Value? {
        self[i].unwrapped
    }

    /// The receiver as a native object of type `T` (for methods of native types).
    public func receiver<T: NativeObject>(as type: T.Type = T.self) throws -> T {
        guard let v = receiver?.asNative(T.self) else {
            throw CellError("\(functionName) must be called on a \(T.self), not \(receiver?.typeName ?? "nothing")")
        }
        return v
    }

    private func mismatch(_ i: Int, _ expected: String) -> CellError {
        let name = i < parameters.count ? parameters[i].name : "#\(i + 1)"
        return CellError(
            "argument '\(name)' of \(functionName) must be \(expected), not \(self[i].typeName)")
    }
}
