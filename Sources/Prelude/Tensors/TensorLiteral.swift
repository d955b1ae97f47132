import CellLanguage
import TensorCore

/// Tensors from cell literals: a number is a scalar, `[1, 2, 3]` a vector, `[[1, 2], [3, 4]]`
/// a matrix, and so on; the nesting must be rectangular.
enum TensorLiteral {
    /// The tensor a (nested) array of numbers, or a number, spells.
    /// - Throws: a `CellError` naming `what` for ragged nesting or non-numbers.
    static func tensor(from value: Value, _ what: String) throws -> Tensor {
        var shape: [Int] = []
        var probe = value
        while case .array(let elements) = probe {
            shape.append(elements.count)
            guard let first = elements.first else { break }
            probe = first
        }
        var scalars: [Float] = []
        scalars.reserveCapacity(shape.reduce(1, *))
        try collect(value, depth: 0, shape: shape, into: &scalars, what)
        return try Tensor(shape: shape, scalars: scalars)
    }

    private static func collect(_ value: Value, depth: Int, shape: [Int], into scalars: inout [Float], _ what: String) throws {
        if depth == shape.count {
            guard let x = value.asDouble else {
                throw CellError("\(what) must be numbers or (nested) arrays of numbers, not \(value.typeName)")
            }
            scalars.append(Float(x))
            return
        }
        guard case .array(let elements) = value, elements.count == shape[depth] else {
            throw CellError(
                "\(what) is ragged: every array at depth \(depth + 1) must have \(shape[depth]) elements, as the first one has")
        }
        for element in elements {
            try collect(element, depth: depth + 1, shape: shape, into: &scalars, what)
        }
    }
}
