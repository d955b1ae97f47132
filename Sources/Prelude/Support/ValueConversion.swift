import CellLanguage
import TensorCore

/// Conversions between cell values and the core's Swift types, with messages that name the
/// argument and say what to pass instead.
enum Convert {
    /// Numbers from an array of numbers or a tensor (any shape, flattened row-major).
    /// - Throws: a `CellError` naming `what` for anything else.
    static func doubles(_ value: Value, _ what: String) throws -> [Double] {
        switch value.unwrapped {
        case .array(let elements)?:
            return try elements.map { element in
                guard let d = element.asDouble else {
                    throw CellError("\(what) must hold numbers, not \(element.typeName)")
                }
                return d
            }
        case .native(let object as TensorObject)?:
            return object.tensor.scalars.map(Double.init)
        default:
            throw CellError("\(what) must be an array of numbers or a Tensor, not \(value.typeName)")
        }
    }

    /// Integers from an array of Ints or a tensor of whole numbers (labels, indices).
    static func ints(_ value: Value, _ what: String) throws -> [Int] {
        switch value.unwrapped {
        case .array(let elements)?:
            return try elements.map { element in
                guard let i = element.asInt else { throw CellError("\(what) must hold Ints, not \(element.typeName)") }
                return i
            }
        case .native(let object as TensorObject)?:
            return try object.tensor.scalars.map { x in
                guard x.isFinite, x == x.rounded() else {
                    throw CellError("\(what) must hold whole numbers; the tensor holds \(x)")
                }
                return Int(x)
            }
        default:
            throw CellError("\(what) must be an array of Ints or a Tensor, not \(value.typeName)")
        }
    }

    /// A matrix from an array of rows of numbers or a rank-2 tensor.
    static func matrix(_ value: Value, _ what: String) throws -> [[Double]] {
        switch value.unwrapped {
        case .array(let rows)?:
            return try rows.map { try doubles($0, "each row of \(what)") }
        case .native(let object as TensorObject)?:
            let t = object.tensor
            guard t.rank == 2 else {
                throw CellError("\(what) must be a matrix: a rank-2 Tensor or an array of rows, not a Tensor of shape \(t.shape)")
            }
            let columns = t.shape[1]
            return (0..<t.shape[0]).map { r in t.scalars[(r * columns)..<((r + 1) * columns)].map(Double.init) }
        default:
            throw CellError("\(what) must be an array of rows or a rank-2 Tensor, not \(value.typeName)")
        }
    }

    /// A tensor from a tensor, a number, or (nested) arrays of numbers.
    static func tensor(_ value: Value, _ what: String) throws -> Tensor {
        if case .native(let object as TensorObject)? = value.unwrapped { return object.tensor }
        return try TensorLiteral.tensor(from: value, what)
    }

    /// An array value of Doubles.
    static func value(_ numbers: [Double]) -> Value {
        .array(numbers.map(Value.double))
    }

    /// An array value of Ints.
    static func value(_ numbers: [Int]) -> Value {
        .array(numbers.map(Value.int))
    }

    /// An array value of Strings.
    static func value(_ strings: [String]) -> Value {
        .array(strings.map(Value.string))
    }

    /// A matrix value (array of rows).
    static func value(_ rows: [[Double]]) -> Value {
        .array(rows.map { value($0) })
    }

    /// A Float for the core, refusing values a Float cannot hold.
    static func float(_ x: Double, _ what: String) throws -> Float {
        let f = Float(x)
        guard f.isFinite || !x.isFinite else { throw CellError("\(what) \(x) is too large for a Float") }
        return f
    }
}
