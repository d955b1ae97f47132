import CellLanguage
import Foundation
import TensorCore

/// A `Tensor` as a cell value. Tensors are values in the core; the object only carries one,
/// and every operation makes a new object, so sharing an object is never observable.
///
/// A cell result shows `Tensor [2, 3] [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]` for small tensors
/// and the shape, the first values, the mean and the standard deviation for large ones;
/// `print(t)` writes small tensors as the literal that makes them: `Tensor([1.0, 2.0])`.
final class TensorObject: NativeObject {
    /// The tensor.
    let tensor: Tensor

    init(_ tensor: Tensor) {
        self.tensor = tensor
    }

    var typeName: String { "Tensor" }

    /// Tensors up to this many values are shown in full.
    static let fullDisplayLimit = 24
    /// Tensors up to this many values print in full.
    static let fullPrintLimit = 100

    var summary: String {
        let shape = "Tensor \(tensor.shape)"
        let grad = tensor.requiresGrad ? " (requires grad)" : ""
        if tensor.count <= Self.fullDisplayLimit {
            return "\(shape) \(TensorText.nested(tensor, format: TensorText.short))\(grad)"
        }
        let head = tensor.scalars.prefix(5).map(TensorText.short).joined(separator: ", ")
        let (mean, std) = TensorText.moments(tensor.scalars)
        return "\(shape) [\(head), …] mean \(TensorText.short(Float(mean))) std \(TensorText.short(Float(std)))\(grad)"
    }

    var printed: String {
        guard tensor.count <= Self.fullPrintLimit else { return summary }
        return "Tensor(\(TensorText.nested(tensor, format: { "\($0)" })))"
    }
}

extension Value {
    /// A tensor as a cell value.
    static func tensor(_ tensor: Tensor) -> Value {
        .native(TensorObject(tensor))
    }
}

extension Arguments {
    /// Parameter `i` as a core tensor.
    func tensor(_ i: Int) throws -> Tensor {
        try native(i, as: TensorObject.self).tensor
    }

    /// The receiver of a `Tensor` method.
    var receiverTensor: Tensor {
        get throws { try receiver(as: TensorObject.self).tensor }
    }
}

/// How tensor values are written.
enum TensorText {
    /// Four significant digits: `0.1235`, `-2.5`, `1.2e+04`.
    static func short(_ x: Float) -> String {
        if x == x.rounded(), abs(x) < 1e6 { return String(format: "%.1f", Double(x)) }
        return String(format: "%.4g", Double(x))
    }

    /// The values nested by shape, as an array literal: `[[1.0, 2.0], [3.0, 4.0]]`; a scalar
    /// is its value alone.
    static func nested(_ tensor: Tensor, format: (Float) -> String) -> String {
        guard tensor.rank > 0 else { return format(tensor.scalars[0]) }
        func block(_ axis: Int, _ offset: Int) -> String {
            let size = tensor.shape[axis]
            let stride = tensor.shape[(axis + 1)...].reduce(1, *)
            let parts = (0..<size).map { i in
                axis == tensor.rank - 1 ? format(tensor.scalars[offset + i]) : block(axis + 1, offset + i * stride)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        }
        return block(0, 0)
    }

    /// The mean and (population) standard deviation, in Double.
    static func moments(_ values: [Float]) -> (mean: Double, std: Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        var sum = 0.0
        for v in values { sum += Double(v) }
        let mean = sum / Double(values.count)
        var squares = 0.0
        for v in values { squares += (Double(v) - mean) * (Double(v) - mean) }
        return (mean, (squares / Double(values.count)).squareRoot())
    }
}
