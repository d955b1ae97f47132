// The primitives that the gradients of a normalisation are made of, and their rules (see the
// overview in Derivatives+Normalization.swift). Notation, per statistic s over M values:
// `x̂ = (x − μ)·r`, `r = 1/sqrt(var + eps)`, `d = g·γ_c`, bars are means over the statistic.

extension Derivatives {
    /// `dx = r·(d − d̄ − x̂·mean(d·x̂))`, the input gradient of a normalisation given
    /// `g = ∂L/∂y`, computed by the fused kernel and recorded. Inputs: `[g, x, weight?]`.
    static func inputGradient(_ g: Tensor, weight: Tensor?, _ context: NormalizationContext) -> Tensor {
        let (dx, _, _) = fusedGradients(
            g, context.x, weight: weight, statistics: context.statistics, layout: context.layout, fixed: false)
        return recordInputGradient(dx, g, weight: weight, context)
    }

    /// Records an already computed `inputGradient` value.
    static func recordInputGradient(_ value: Tensor, _ g: Tensor, weight: Tensor?, _ context: NormalizationContext) -> Tensor {
        Tensor.recording(
            value, inputs: [g, context.x] + (weight.map { [$0] } ?? []),
            backward: inputGradientRule(g, weight: weight, context))
    }

    /// `x̂ = (x − μ)·r`, the normalisation without affine parameters, from the saved statistics.
    static func normalizedInput(_ context: NormalizationContext) -> Tensor {
        let map = NormalizationKernels.rowAffine(context.statistics, context.layout, weight: nil, bias: nil)
        return Tensor.recording(
            context.x.applying(map, context.layout), inputs: [context.x],
            backward: normalization(
                context.x, weight: nil, hasBias: false, statistics: context.statistics, layout: context.layout,
                eps: context.eps))
    }

    /// `r = 1/sqrt(var + eps)`, one value per statistic, of shape `layout.statisticShape`.
    /// `∂r/∂x = −r²·x̂/M`.
    static func inverseStd(_ context: NormalizationContext) -> Tensor {
        let layout = context.layout
        let value = Tensor(unchecked: layout.statisticShape, scalars: context.statistics.inverseStd)
        return Tensor.recording(value, inputs: [context.x]) { gr, _ in
            let xhat = try normalizedInput(context).reshape(layout.statisticView)
            let r = inverseStd(context)
            let scale = try r * r * gr * (-1 / Float(layout.elementsPerStatistic))
            return [try (xhat * scale).reshape(context.x.shape)]
        }
    }

    /// The rule of `inputGradient`, given the upstream gradient v:
    /// - wrt g: `γ·A(v)` with `A(v) = r·(v − v̄ − x̂·mean(v·x̂))`, the same primitive with γ = 1
    ///   (the map from d to dx is symmetric);
    /// - wrt γ: `Σ_{n, inner} g·A(v)`;
    /// - wrt x: `−r²·(x̂·(mean(v·d) − v̄·d̄ − 3·c·e) + c·(v − v̄) + e·(d − d̄))` with
    ///   `c = mean(d·x̂)`, `e = mean(v·x̂)` (differentiating r, x̂ and c in `dx`).
    static func inputGradientRule(_ g: Tensor, weight: Tensor?, _ context: NormalizationContext) -> BackwardRule {
        { v, needed in
            let layout = context.layout, channelView = layout.channelView
            let gamma = try weight.map(context.perChannel)
            let av = needed[0] || needed.count > 2 && needed[2] ? inputGradient(v, weight: nil, context) : nil
            var grads: [Tensor?] = [nil, nil]
            if needed[0], let av {
                grads[0] = try gamma.map { try (av.reshape(channelView) * $0).reshape(context.x.shape) } ?? av
            }
            if needed[1] {
                grads[1] = try inputGradientWithRespectToInput(g, gamma: gamma, upstream: v, context)
            }
            if weight != nil {
                grads.append(needed[2] ? try (g.reshape(channelView) * av!.reshape(channelView)).sum(axes: [0, 2]) : nil)
            }
            return grads
        }
    }

    /// `∂⟨v, inputGradient(g, x, γ)⟩/∂x`, composed of differentiable ops (see `inputGradientRule`).
    private static func inputGradientWithRespectToInput(
        _ g: Tensor, gamma: Tensor?, upstream v: Tensor, _ context: NormalizationContext
    ) throws -> Tensor {
        let layout = context.layout, view = layout.statisticView, axes = layout.statisticAxes
        let g3 = try g.reshape(layout.channelView)
        let d = try (gamma.map { try g3 * $0 } ?? g3).reshape(view)
        let xhat = try normalizedInput(context).reshape(view)
        let r = inverseStd(context)
        let vs = try v.reshape(view)
        func mean(_ t: Tensor) throws -> Tensor { try t.mean(axes: axes, keepDims: true) }
        let (vBar, dBar) = (try mean(vs), try mean(d))
        let (c, e, f) = (try mean(d * xhat), try mean(vs * xhat), try mean(vs * d))
        let onXhat = try f - vBar * dBar - 3 * c * e
        let sum = try xhat * onXhat + c * (vs - vBar) + e * (d - dBar)
        return try (-(r * r) * sum).reshape(context.x.shape)
    }

    /// The rule of `dγ_c = Σ_{n, inner} g·x̂` (inputs `[g, x]`), given the upstream `u: [C]`:
    /// wrt g `x̂·u_c`; wrt x `inputGradient(g, x, weight: u)`, as `Σ u_c·dγ_c` is a
    /// normalisation with weight u seen from its output gradient g.
    static func weightGradientRule(_ g: Tensor, _ context: NormalizationContext) -> BackwardRule {
        { u, needed in
            let dg = needed[0]
                ? try (normalizedInput(context).reshape(context.layout.channelView) * context.perChannel(u)).reshape(g.shape)
                : nil
            let dx = needed[1] ? inputGradient(g, weight: u, context) : nil
            return [dg, dx]
        }
    }

    /// The rule of `dβ_c = Σ_{n, inner} g` (input `[g]`): `u_c` broadcast over g's shape.
    static func biasGradientRule(_ shape: [Int], _ context: NormalizationContext) -> BackwardRule {
        { u, _ in [try context.perChannel(u).broadcast(to: context.layout.channelView).reshape(shape)] }
    }
}
