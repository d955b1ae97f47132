import TensorCore

/// Merges every axis after the batch axis: `[N, C, H, W]` becomes `[N, C·H·W]` (PyTorch's
/// `x.view(x.size(0), -1)`). No parameters, no copy.
public struct Flatten: Layer {
    /// The layer.
    public init() {}

    /// `[N, product of the other sizes]`.
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard let n = input.first else { throw NeuralNetError("Flatten: the input needs a batch axis, got a scalar") }
        return [n, input.dropFirst().reduce(1, *)]
    }

    /// `x` reshaped to `[N, -1]` (no copy).
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        try x.reshape(outputShape(for: x.shape))
    }
}
