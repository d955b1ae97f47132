import TensorCore

/// Layer normalisation over all of a sample's features with elementwise affine parameters of
/// the feature shape (PyTorch's `nn.LayerNorm([C, H, W], elementwise_affine=True)`, as the
/// reference ConvNet's `layernorm`), eps 1e-5.
///
/// Parameters: `weight` and `bias` of shape `featureShape` (ones and zeros). Input
/// `[N] + featureShape`, output the same. Cost: the fused normalisation plus one multiply and
/// one add.
public struct LayerNorm: Layer {
    /// The shape of one sample, e.g. `[C, H, W]`.
    public let featureShape: [Int]
    /// Added to the variance.
    public let eps: Float

    /// Normalisation of samples of shape `featureShape`.
    public init(_ featureShape: [Int], eps: Float = 1e-5) {
        self.featureShape = featureShape
        self.eps = eps
    }

    /// Declares `weight` and `bias` under `scope` (see the type's summary for shapes and initial values).
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        builder.addAffine(scope, shape: featureShape)
    }

    /// The output shape for `input` (see the type's summary).
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard input.count == featureShape.count + 1, Array(input.dropFirst()) == featureShape else {
            throw NeuralNetError("LayerNorm(\(featureShape)): expected input [N] + \(featureShape), got \(input)")
        }
        return input
    }

    /// Each sample normalised over all its features, then scaled and shifted elementwise.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        _ = try outputShape(for: x.shape)
        let normalised = try x.reshape([x.shape[0], 1, -1]).groupNorm(groups: 1, eps: eps).reshape(x.shape)
        return try normalised * context.parameter(scope, "weight") + context.parameter(scope, "bias")
    }
}
