/// Batch normalisation primitives for `[N, C, …]` tensors (PyTorch's `BatchNorm1d/2d`).
///
/// The running statistics are not hidden state here: training mode returns the batch mean and
/// unbiased variance, and the caller (a layer in NeuralNet) folds them into its running
/// estimates, `running = (1 − momentum)·running + momentum·batch` with momentum 0.1 in
/// PyTorch. Inference mode takes the running estimates as arguments.
extension Tensor {
    /// The result of batch normalisation in training mode.
    public struct BatchNormTraining {
        /// The normalised, affine output, of the input's shape `[N, C, …]`; differentiable with
        /// respect to the input, the weight and the bias.
        public let output: Tensor
        /// `[C]` mean of each channel over the batch and spatial positions; a constant.
        public let batchMean: Tensor
        /// `[C]` unbiased variance (divided by `count − 1`) of each channel, as PyTorch uses for
        /// its running variance; a constant.
        public let batchVariance: Tensor
    }

    /// Batch normalisation with batch statistics: each channel is normalised by its mean and
    /// biased variance over `N` and the positions `…`, then scaled by `weight` and shifted by
    /// `bias`. One fused pass for the statistics, one for the output; one graph node.
    ///
    /// - Parameters:
    ///   - weight: `[C]` per-channel scale γ, or nil (γ = 1).
    ///   - bias: `[C]` per-channel shift β, or nil (β = 0).
    ///   - eps: added to the variance; PyTorch's default is 1e-5.
    /// - Throws: when the rank is below 2, `weight`/`bias` are not `[C]`, or a channel has
    ///   fewer than 2 values (as PyTorch, which cannot form an unbiased variance from one).
    public func batchNormTraining(weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5) throws -> BatchNormTraining {
        let op = "batchNormTraining(weight:bias:eps:)"
        guard rank >= 2 else { throw TensorError.badRank(op, expected: "at least 2, [N, C, …]", shape: shape) }
        let layout = NormalizationLayout(shape: shape, pooling: .channelsAcrossBatch)
        let m = layout.elementsPerStatistic
        guard m > 1 else {
            throw TensorError("\(op): shape \(shape) gives \(m) value per channel; training needs more than 1 (use a larger batch)")
        }
        let (output, stats) = try normalized(layout: layout, weight: weight, bias: bias, eps: eps, op: op)
        let correction = Double(m) / Double(m - 1)
        return BatchNormTraining(
            output: output, batchMean: Tensor(stats.mean),
            batchVariance: Tensor(stats.variance.map { Float($0 * correction) }))
    }

    /// Batch normalisation with given (running) statistics:
    /// `(x − mean_c) / sqrt(variance_c + eps) · weight_c + bias_c`. Differentiable with respect
    /// to the input, the weight and the bias; the statistics are constants. One pass, one node.
    ///
    /// - Parameters:
    ///   - runningMean: `[C]` the mean to subtract.
    ///   - runningVariance: `[C]` the variance to divide by (non-negative).
    ///   - weight, bias: `[C]` or nil, as in training mode.
    /// - Throws: when the rank is below 2 or any of the `[C]` tensors has another shape.
    public func batchNormInference(
        runningMean: Tensor, runningVariance: Tensor, weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5
    ) throws -> Tensor {
        let op = "batchNormInference(runningMean:runningVariance:weight:bias:eps:)"
        guard rank >= 2 else { throw TensorError.badRank(op, expected: "at least 2, [N, C, …]", shape: shape) }
        let layout = NormalizationLayout(shape: shape, pooling: .channelsAcrossBatch)
        for (parameter, name) in [(runningMean, "runningMean"), (runningVariance, "runningVariance")] {
            try Tensor.checkChannelParameter(parameter, named: name, channels: layout.channels, input: shape, op: op)
        }
        try Tensor.checkChannelParameter(weight, named: "weight", channels: layout.channels, input: shape, op: op)
        try Tensor.checkChannelParameter(bias, named: "bias", channels: layout.channels, input: shape, op: op)
        let stats = NormalizationStatistics(
            mean: runningMean.scalars,
            inverseStd: runningVariance.scalars.map { 1 / ($0 + eps).squareRoot() },
            variance: runningVariance.scalars.map(Double.init))
        let y = applying(Tensor.withOptionalBuffers(weight, bias) { w, b in
            NormalizationKernels.rowAffine(stats, layout, weight: w, bias: b)
        }, layout)
        let inputs = [self] + [weight, bias].compactMap { $0 }
        let rule = Derivatives.fixedNormalization(
            self, weight: weight, hasBias: bias != nil, statistics: stats, layout: layout)
        return Tensor.recording(y, inputs: inputs, backward: rule)
    }
}
