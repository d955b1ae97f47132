import TensorCore

/// A fully connected layer, `y = x·Wᵀ + b` (PyTorch's `nn.Linear`).
///
/// Parameters: `weight` `[outputSize, inputSize]`, `bias` `[outputSize]` (when `hasBias`),
/// both U(−1/√inputSize, 1/√inputSize). Input `[N, inputSize]`, output `[N, outputSize]`.
/// Cost: one sgemm, `2·N·inputSize·outputSize` flops.
public struct Linear: Layer {
    /// The number of input features.
    public let inputSize: Int
    /// The number of output features.
    public let outputSize: Int
    /// Whether a bias is added.
    public let hasBias: Bool

    /// A layer mapping `inputSize` features to `outputSize`.
    public init(_ inputSize: Int, _ outputSize: Int, bias: Bool = true) {
        self.inputSize = inputSize
        self.outputSize = outputSize
        self.hasBias = bias
    }

    /// Declares `weight` and `bias` under `scope` (see the type's summary for shapes and initial values).
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        builder.add(scope, "weight", try pytorchDefaultUniform([outputSize, inputSize], fanIn: inputSize, using: &generator))
        if hasBias {
            builder.add(scope, "bias", try pytorchDefaultUniform([outputSize], fanIn: inputSize, using: &generator))
        }
    }

    /// The output shape for `input` (see the type's summary).
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard input.count == 2, input[1] == inputSize else {
            throw NeuralNetError("Linear(\(inputSize) → \(outputSize)): expected input [N, \(inputSize)], got \(input)")
        }
        return [input[0], outputSize]
    }

    /// `x·Wᵀ + b` for `x` `[N, inputSize]`.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        _ = try outputShape(for: x.shape)
        let y = try Tensor.matmul(x, context.parameter(scope, "weight"), transposingB: true)
        return hasBias ? try y + context.parameter(scope, "bias") : y
    }
}
