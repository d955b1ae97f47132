// Backward rules of group, instance and batch normalisation.
//
// Two paths compute the same gradients:
// - When the backward pass is not recorded (plain training), the fused kernels of
//   `NormalizationKernels` do it in two sweeps with no intermediate tensors.
// - When it is recorded (`createGraph: true`: gradient matching, unrolled training), the
//   gradients are composed of differentiable ops, recomputing the statistics from x, so the
//   result can be differentiated again to any order.

extension NormalizationLayout {
    /// The input viewed so that each statistic is the reduction over `statisticAxes`:
    /// `[N, G, C/G·inner]` for group norm, `[N, C, inner]` for batch norm.
    var statisticView: [Int] {
        switch pooling {
        case .groupsPerSample(let g): [batch, g, channels / g * inner]
        case .channelsAcrossBatch: channelView
        }
    }

    /// The axes of `statisticView` that one statistic pools.
    var statisticAxes: [Int] {
        switch pooling {
        case .groupsPerSample: [2]
        case .channelsAcrossBatch: [0, 2]
        }
    }

    /// The input viewed as `[N, C, inner]`, where per-channel parameters broadcast as `[1, C, 1]`.
    var channelView: [Int] { [batch, channels, inner] }
}

extension Derivatives {
    /// `y = γ_c·(x − μ_s(x))·r_s(x) + β_c` with statistics pooled from x as `layout` says.
    /// Inputs: `[x, weight?, bias?]` (absent parameters are not inputs).
    static func normalization(
        _ x: Tensor, weight: Tensor?, hasBias: Bool, statistics: NormalizationStatistics,
        layout: NormalizationLayout, eps: Float
    ) -> BackwardRule {
        { g, needed in
            let (dx, dWeight, dBias): (Tensor?, Tensor?, Tensor?)
            if GradMode.isEnabled {
                (dx, dWeight, dBias) = try normalizationComposite(g, x, weight: weight, layout: layout, eps: eps)
            } else {
                (dx, dWeight, dBias) = fusedGradients(g, x, weight: weight, statistics: statistics, layout: layout, fixed: false)
            }
            return parameterGradients(needed, dx, weight == nil ? nil : dWeight, hasBias ? dBias : nil)
        }
    }

    /// `y = γ_c·(x − μ_c)·r_c + β_c` with constant statistics (batch norm in inference mode).
    /// Inputs: `[x, weight?, bias?]`.
    static func fixedNormalization(
        _ x: Tensor, weight: Tensor?, hasBias: Bool, statistics: NormalizationStatistics, layout: NormalizationLayout
    ) -> BackwardRule {
        { g, needed in
            let (dx, dWeight, dBias): (Tensor?, Tensor?, Tensor?)
            if GradMode.isEnabled {
                let view = layout.channelView, c = layout.channels
                let g3 = try g.reshape(view)
                let r = Tensor(statistics.inverseStd)
                let scale = try weight.map { try $0 * r } ?? r
                dx = try (g3 * scale.reshape([1, c, 1])).reshape(x.shape)
                let xhat = try (x.reshape(view) - Tensor(statistics.mean).reshape([1, c, 1])) * r.reshape([1, c, 1])
                dWeight = try (g3 * xhat).sum(axes: [0, 2])
                dBias = try g3.sum(axes: [0, 2])
            } else {
                (dx, dWeight, dBias) = fusedGradients(g, x, weight: weight, statistics: statistics, layout: layout, fixed: true)
            }
            return parameterGradients(needed, dx, weight == nil ? nil : dWeight, hasBias ? dBias : nil)
        }
    }

    /// The gradient list `[dx, dWeight?, dBias?]` in input order, nil where not needed.
    private static func parameterGradients(_ needed: [Bool], _ dx: Tensor?, _ dWeight: Tensor?, _ dBias: Tensor?) -> [Tensor?] {
        var grads: [Tensor?] = [dx]
        if let dWeight { grads.append(dWeight) }
        if let dBias { grads.append(dBias) }
        return zip(grads, needed).map { $1 ? $0 : nil }
    }

    /// The gradients through the fused kernels, as constants; `fixed` when the statistics are
    /// constants (inference mode) rather than functions of x.
    private static func fusedGradients(
        _ g: Tensor, _ x: Tensor, weight: Tensor?, statistics: NormalizationStatistics,
        layout: NormalizationLayout, fixed: Bool
    ) -> (Tensor, Tensor, Tensor) {
        var parameters: (dWeight: [Float], dBias: [Float]) = ([], [])
        let dx = g.withUnsafeBufferPointer { gb in
            x.withUnsafeBufferPointer { xb in
                Tensor.withOptionalBuffers(weight, nil) { w, _ in
                    Tensor.build(x.shape) { dx in
                        parameters = fixed
                            ? NormalizationKernels.fixedBackward(gradient: gb, input: xb, statistics, layout, weight: w, into: dx)
                            : NormalizationKernels.backward(gradient: gb, input: xb, statistics, layout, weight: w, into: dx)
                    }
                }
            }
        }
        return (dx, Tensor(parameters.dWeight), Tensor(parameters.dBias))
    }

    /// The gradients composed of differentiable ops, statistics recomputed from x:
    /// `dx = r·(d − mean(d) − x̂·mean(d·x̂))` with `d = g·γ` and means over each statistic,
    /// `dγ = Σ g·x̂`, `dβ = Σ g` over `(n, inner)`.
    private static func normalizationComposite(
        _ g: Tensor, _ x: Tensor, weight: Tensor?, layout: NormalizationLayout, eps: Float
    ) throws -> (Tensor, Tensor, Tensor) {
        let view = layout.statisticView, axes = layout.statisticAxes, channelView = layout.channelView
        let xs = try x.reshape(view)
        let centred = try xs - xs.mean(axes: axes, keepDims: true)
        let r = try 1 / ((centred * centred).mean(axes: axes, keepDims: true) + eps).sqrt()
        let xhat = try centred * r
        let g3 = try g.reshape(channelView)
        let d = try (weight.map { try g3 * $0.reshape([1, layout.channels, 1]) } ?? g3).reshape(view)
        let dx = try r * (d - d.mean(axes: axes, keepDims: true) - xhat * (d * xhat).mean(axes: axes, keepDims: true))
        let dWeight = try (g3 * xhat.reshape(channelView)).sum(axes: [0, 2])
        let dBias = try g3.sum(axes: [0, 2])
        return (try dx.reshape(x.shape), dWeight, dBias)
    }
}
