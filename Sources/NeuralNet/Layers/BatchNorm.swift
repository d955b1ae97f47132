import TensorCore

/// Batch normalisation (PyTorch's `nn.BatchNorm2d`/`BatchNorm1d`, momentum 0.1, eps 1e-5).
///
/// Parameters: `weight` `[C]` (ones), `bias` `[C]` (zeros). State: `runningMean` `[C]` (zeros)
/// and `runningVariance` `[C]` (ones). In training mode the batch is normalised by its own
/// statistics over N and the positions, and the running estimates move toward them:
/// `running = (1 − momentum)·running + momentum·batch` (unbiased batch variance, as PyTorch).
/// In inference mode the running estimates normalise. Input `[N, C, …]`, output the same.
public struct BatchNorm: Layer {
    /// The number of channels C.
    public let channels: Int
    /// The weight of the newest batch in the running estimates.
    public let momentum: Float
    /// Added to the variance.
    public let eps: Float

    /// Batch normalisation of `channels` channels.
    public init(channels: Int, momentum: Float = 0.1, eps: Float = 1e-5) {
        self.channels = channels
        self.momentum = momentum
        self.eps = eps
    }

    /// Declares `weight` and `bias` under `scope` (see the type's summary for shapes and initial values).
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        builder.addAffine(scope, shape: [channels])
    }

    /// Declares `runningMean` (zeros) and `runningVariance` (ones), `[channels]`.
    public func declareState(in builder: inout ParameterBuilder, scope: String) throws {
        builder.add(scope, "runningMean", .zeros([channels]))
        builder.add(scope, "runningVariance", .ones([channels]))
    }

    /// The output shape for `input` (see the type's summary).
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard input.count >= 2, input[1] == channels else {
            throw NeuralNetError("BatchNorm(\(channels)): expected input [N, \(channels), …], got \(input)")
        }
        return input
    }

    /// Normalises by batch statistics (training, updating the running ones) or by the running ones (inference).
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        _ = try outputShape(for: x.shape)
        let (weight, bias) = (try context.parameter(scope, "weight"), try context.parameter(scope, "bias"))
        let mean = try context.stateTensor(scope, "runningMean")
        let variance = try context.stateTensor(scope, "runningVariance")
        switch context.mode {
        case .inference:
            return try x.batchNormInference(runningMean: mean, runningVariance: variance, weight: weight, bias: bias, eps: eps)
        case .training:
            let result = try x.batchNormTraining(weight: weight, bias: bias, eps: eps)
            try noGrad {
                try context.setStateTensor(scope, "runningMean", (1 - momentum) * mean + momentum * result.batchMean)
                try context.setStateTensor(
                    scope, "runningVariance", (1 - momentum) * variance + momentum * result.batchVariance)
            }
            return result.output
        }
    }
}
