// Backward rules of group, instance and batch normalisation.
//
// Goals, in priority order:
// 1. Exact derivatives of every order: trajectory matching differentiates through the
//    backward pass of each unrolled step, and gradient matching through that of one step.
// 2. A recorded backward pass (`createGraph: true`) as cheap as a plain one, in time and in
//    memory: MTT keeps the graph of tens of unrolled steps alive, so a backward pass recorded
//    as a dozen full-size intermediate tensors per norm layer would not fit.
//
// So the gradients are values of the fused kernels, re-attached to the graph as a few
// primitives whose own rules are written with differentiable ops and with these primitives:
// - `inputGradient(g, x, γ)`: `dx = r·(d − mean(d) − x̂·mean(d·x̂))` with `d = g·γ`;
// - `dγ_c = Σ g·x̂` and `dβ_c = Σ g`, the fused kernel's values with their own rules;
// - `normalizedInput(x)`: `x̂ = (x − μ)·r`, the normalisation without affine parameters;
// - `inverseStd(x)`: `r = 1/sqrt(var + eps)` per statistic.
// Differentiating any of them yields more of them plus elementwise ops and means, so the set
// is closed under differentiation. Each records one node holding only its inputs and the
// (small) statistics of the forward pass.

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

    /// The shape of one value per statistic, broadcastable against `statisticView`:
    /// `[N, G, 1]` for group norm, `[1, C, 1]` for batch norm.
    var statisticShape: [Int] {
        switch pooling {
        case .groupsPerSample(let g): [batch, g, 1]
        case .channelsAcrossBatch: [1, channels, 1]
        }
    }

    /// The input viewed as `[N, C, inner]`, where per-channel parameters broadcast as `[1, C, 1]`.
    var channelView: [Int] { [batch, channels, inner] }
}

/// The saved state of one normalisation: its input, statistics, layout and eps.
struct NormalizationContext {
    let x: Tensor
    let statistics: NormalizationStatistics
    let layout: NormalizationLayout
    let eps: Float

    /// A `[C]` tensor as `[1, C, 1]`, to broadcast over the channel view.
    func perChannel(_ t: Tensor) throws -> Tensor { try t.reshape([1, layout.channels, 1]) }
}

extension Derivatives {
    /// `y = γ_c·(x − μ_s(x))·r_s(x) + β_c` with statistics pooled from x as `layout` says.
    /// Inputs: `[x, weight?, bias?]` (absent parameters are not inputs).
    static func normalization(
        _ x: Tensor, weight: Tensor?, hasBias: Bool, statistics: NormalizationStatistics,
        layout: NormalizationLayout, eps: Float
    ) -> BackwardRule {
        let context = NormalizationContext(x: x, statistics: statistics, layout: layout, eps: eps)
        return { g, needed in
            let (dx, dWeight, dBias) = fusedGradients(g, x, weight: weight, statistics: statistics, layout: layout, fixed: false)
            guard GradMode.isEnabled else {
                return parameterGradients(needed, dx, weight == nil ? nil : dWeight, hasBias ? dBias : nil)
            }
            let recordedX = needed[0] ? recordInputGradient(dx, g, weight: weight, context) : nil
            let recordedWeight = weight == nil ? nil : Tensor.recording(dWeight, inputs: [g, x], backward: weightGradientRule(g, context))
            let recordedBias = hasBias ? Tensor.recording(dBias, inputs: [g], backward: biasGradientRule(g.shape, context)) : nil
            return parameterGradients(needed, recordedX, recordedWeight, recordedBias)
        }
    }

    /// `y = γ_c·(x − μ_c)·r_c + β_c` with constant statistics (batch norm in inference mode).
    /// Linear in x, so its recorded gradients are a few cheap ops. Inputs: `[x, weight?, bias?]`.
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
    static func fusedGradients(
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
}
