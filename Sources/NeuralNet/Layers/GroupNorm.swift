import TensorCore

/// Group normalisation with per-channel affine parameters (PyTorch's `nn.GroupNorm(groups, C,
/// affine=True)`, eps 1e-5); with one group per channel it is the reference ConvNet's
/// `instancenorm`, with no running statistics.
///
/// Parameters: `weight` `[C]` (ones) and `bias` `[C]` (zeros). Input `[N, C, …]`, output the
/// same shape. One fused kernel (TensorCore's `groupNorm`).
public struct GroupNorm: Layer {
    /// The number of channel groups; divides `channels`.
    public let groups: Int
    /// The number of channels C.
    public let channels: Int
    /// Added to the variance.
    public let eps: Float

    /// Normalisation over `groups` groups of `channels / groups` channels.
    /// - Throws: when `groups` does not divide `channels`.
    public init(groups: Int, channels: Int, eps: Float = 1e-5) throws {
        guard groups > 0, channels > 0, channels % groups == 0 else {
            throw NeuralNetError("GroupNorm: \(groups) groups must divide the \(channels) channels")
        }
        self.groups = groups
        self.channels = channels
        self.eps = eps
    }

    /// Instance normalisation, `GroupNorm(C, C)`: every channel of every sample on its own.
    /// - Throws: when `channels` is not positive.
    public static func instance(channels: Int) throws -> GroupNorm {
        try GroupNorm(groups: channels, channels: channels)
    }

    /// Declares `weight` and `bias` under `scope` (see the type's summary for shapes and initial values).
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        builder.addAffine(scope, shape: [channels])
    }

    /// The output shape for `input` (see the type's summary).
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard input.count >= 2, input[1] == channels else {
            throw NeuralNetError("GroupNorm(\(groups), \(channels)): expected input [N, \(channels), …], got \(input)")
        }
        return input
    }

    /// Group normalisation of `x` with the affine parameters under `scope`.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        _ = try outputShape(for: x.shape)
        return try x.groupNorm(
            groups: groups, weight: context.parameter(scope, "weight"), bias: context.parameter(scope, "bias"), eps: eps)
    }
}
