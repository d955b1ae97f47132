/// Group and instance normalisation of `[N, C, …]` tensors (PyTorch's `GroupNorm`).
///
/// Each group of `C / groups` channels of one sample is shifted to mean 0 and scaled to
/// variance 1 (biased variance, `eps` added before the square root), then each channel is
/// scaled by `weight[c]` and shifted by `bias[c]`. One fused pass for the statistics (each
/// group's values read twice while in cache) and one for the output; one graph node.
extension Tensor {
    /// Group normalisation, as `GroupNorm(groups, C, eps, affine)` in PyTorch.
    ///
    /// - Parameters:
    ///   - groups: the number of channel groups; it must divide `C`. `groups == C` is instance
    ///     normalisation, `groups == 1` is layer normalisation over `[C, …]`.
    ///   - weight: `[C]` per-channel scale γ, or nil for none (γ = 1).
    ///   - bias: `[C]` per-channel shift β, or nil for none (β = 0).
    ///   - eps: added to the variance; PyTorch's default is 1e-5.
    /// - Returns: a tensor of the input's shape `[N, C, …]`.
    /// - Throws: when the rank is below 2, `groups` does not divide `C`, or `weight`/`bias` are
    ///   not `[C]`.
    public func groupNorm(groups: Int, weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5) throws -> Tensor {
        let op = "groupNorm(groups:weight:bias:eps:)"
        guard rank >= 2 else { throw TensorError.badRank(op, expected: "at least 2, [N, C, …]", shape: shape) }
        guard groups > 0, shape[1] % groups == 0 else {
            throw TensorError("\(op): \(groups) groups do not divide the \(shape[1]) channels of shape \(shape); pick a divisor of \(shape[1])")
        }
        let layout = NormalizationLayout(shape: shape, pooling: .groupsPerSample(groups))
        return try normalized(layout: layout, weight: weight, bias: bias, eps: eps, op: op).output
    }

    /// Instance normalisation with optional affine parameters: `groupNorm(groups: C, …)`.
    ///
    /// This is the reference ConvNet's `instancenorm` (GroupNorm(C, C), no running statistics).
    /// - Parameters: as `groupNorm`; `weight` and `bias` are `[C]` or nil.
    /// - Throws: when the rank is below 2 or `weight`/`bias` are not `[C]`.
    public func instanceNorm(weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5) throws -> Tensor {
        guard rank >= 2 else {
            throw TensorError.badRank("instanceNorm(weight:bias:eps:)", expected: "at least 2, [N, C, …]", shape: shape)
        }
        return try groupNorm(groups: shape[1], weight: weight, bias: bias, eps: eps)
    }

    /// Normalises by statistics pooled as `layout` says (computed from this tensor), applies
    /// the optional affine map, and records the node; returns the output and the statistics.
    func normalized(
        layout: NormalizationLayout, weight: Tensor?, bias: Tensor?, eps: Float, op: String
    ) throws -> (output: Tensor, statistics: NormalizationStatistics) {
        try Tensor.checkChannelParameter(weight, named: "weight", channels: layout.channels, input: shape, op: op)
        try Tensor.checkChannelParameter(bias, named: "bias", channels: layout.channels, input: shape, op: op)
        var stats = NormalizationStatistics(count: 0)
        let y = withUnsafeBufferPointer { x in
            Tensor.withOptionalBuffers(weight, bias) { w, b in
                Tensor.build(shape) { stats = NormalizationKernels.forward(x, layout, eps: eps, weight: w, bias: b, into: $0) }
            }
        }
        let inputs = [self] + [weight, bias].compactMap { $0 }
        let rule = Derivatives.normalization(
            self, weight: weight, hasBias: bias != nil, statistics: stats, layout: layout, eps: eps)
        return (Tensor.recording(y, inputs: inputs, backward: rule), stats)
    }

    /// This tensor with one affine map per row `(n, c)` of `layout` applied, as a constant.
    func applying(_ map: RowAffine, _ layout: NormalizationLayout) -> Tensor {
        withUnsafeBufferPointer { x in Tensor.build(shape) { NormalizationKernels.apply(map, to: x, layout, into: $0) } }
    }

    /// Throws unless `parameter` is nil or has shape `[channels]`.
    static func checkChannelParameter(_ parameter: Tensor?, named name: String, channels: Int, input: [Int], op: String) throws {
        guard let parameter, parameter.shape != [channels] else { return }
        throw TensorError(
            "\(op): \(name) has shape \(parameter.shape) but the input \(input) has \(channels) channels; pass a [\(channels)] tensor")
    }

    /// Runs `body` with the buffers of two optional tensors (nil stays nil).
    static func withOptionalBuffers<R>(
        _ a: Tensor?, _ b: Tensor?, _ body: (UnsafeBufferPointer<Float>?, UnsafeBufferPointer<Float>?) -> R
    ) -> R {
        func withB(_ pa: UnsafeBufferPointer<Float>?) -> R {
            if let b { return b.withUnsafeBufferPointer { body(pa, $0) } }
            return body(pa, nil)
        }
        if let a { return a.withUnsafeBufferPointer { withB($0) } }
        return withB(nil)
    }
}
