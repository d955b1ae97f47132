/// Backward rules of the spatial operations: convolution, pooling, resizing, grid sampling.
///
/// Convolution's three primitives are closed under differentiation (as in PyTorch):
/// `conv2d(x, w)` is linear in each argument, its adjoint in `x` is `convTranspose2d` and in `w`
/// is `conv2dWeightGradient`; each of those is again bilinear with adjoints among the three.
extension Derivatives {
    /// conv2d: input ← convTranspose2d(g, w); weight ← conv2dWeightGradient(x, g); bias ← Σ g
    /// over batch and space.
    static func conv2d(_ x: Tensor, _ w: Tensor, _ geometry: ConvGeometry) -> BackwardRule {
        let (s, p) = (geometry.stride, geometry.padding)
        return { g, needed in
            [
                needed[0]
                    ? try g.convTranspose2d(
                        w, stride: s, padding: p, extraRows: geometry.uncoveredRows, extraColumns: geometry.uncoveredColumns)
                    : nil,
                needed[1]
                    ? try x.conv2dWeightGradient(
                        outputGradient: g, kernelHeight: geometry.kernelHeight, kernelWidth: geometry.kernelWidth,
                        stride: s, padding: p)
                    : nil,
                needed.count > 2 && needed[2] ? try g.sum(axes: [0, 2, 3]) : nil,
            ]
        }
    }

    /// convTranspose2d(y, w) = T(y, w), the adjoint of conv2d in its input: y ← conv2d(g, w);
    /// weight ← conv2dWeightGradient(g, y) (g plays the convolution's input).
    static func convTranspose2d(_ y: Tensor, _ w: Tensor, _ geometry: ConvGeometry) -> BackwardRule {
        let (s, p) = (geometry.stride, geometry.padding)
        return { g, needed in
            [
                needed[0] ? try g.conv2d(w, stride: s, padding: p) : nil,
                needed[1]
                    ? try g.conv2dWeightGradient(
                        outputGradient: y, kernelHeight: geometry.kernelHeight, kernelWidth: geometry.kernelWidth,
                        stride: s, padding: p)
                    : nil,
            ]
        }
    }

    /// conv2dWeightGradient(x, gy), bilinear: x ← convTranspose2d(gy, g); gy ← conv2d(x, g)
    /// (g has the weight's shape and plays the kernel).
    static func conv2dWeightGradient(_ x: Tensor, _ gy: Tensor, _ geometry: ConvGeometry) -> BackwardRule {
        let (s, p) = (geometry.stride, geometry.padding)
        return { g, needed in
            [
                needed[0]
                    ? try gy.convTranspose2d(
                        g, stride: s, padding: p, extraRows: geometry.uncoveredRows, extraColumns: geometry.uncoveredColumns)
                    : nil,
                needed[1] ? try x.conv2d(g, stride: s, padding: p) : nil,
            ]
        }
    }
}

/// Pooling: average pooling and its adjoint are each other's derivatives; max pooling is a
/// gather at fixed positions, so its derivative is the matching scatter-add.
extension Derivatives {
    /// avgPool2d: g spread evenly over each window.
    static func avgPool2d(_ geometry: PoolGeometry) -> BackwardRule {
        { g, _ in [try g.avgPool2dAdjoint(geometry)] }
    }

    /// avgPool2dAdjoint (linear): g average-pooled.
    static func avgPool2dAdjoint(_ geometry: PoolGeometry) -> BackwardRule {
        { g, _ in [try g.avgPool2d(kernel: geometry.kernel, stride: geometry.stride)] }
    }

    /// maxPool2d: g added at each window's maximum (plane-local `positions` [N, C, Ho * Wo]),
    /// zero elsewhere.
    static func maxPool2d(_ geometry: PoolGeometry, positions: Tensor) -> BackwardRule {
        let planes = [geometry.batch, geometry.channels, geometry.inPlane]
        return { g, _ in
            let flat = try g.reshape([geometry.batch, geometry.channels, geometry.outPlane])
            return [try Tensor.zeros(planes).scatterAdd(axis: 2, indices: positions, flat).reshape(geometry.inputShape)]
        }
    }
}

/// Resizing: a fixed linear map and its adjoint, each the other's derivative.
extension Derivatives {
    /// resize: g through the adjoint map.
    static func resample(_ map: Resampling) -> BackwardRule {
        { g, _ in [try g.resampledAdjoint(map)] }
    }

    /// The resize's adjoint: g through the resize.
    static func resampleAdjoint(_ map: Resampling) -> BackwardRule {
        { g, _ in [try g.resampled(map)] }
    }
}

/// Grid sampling `S(x, grid)`, linear in x: the input's gradient is the adjoint sampling; the
/// grid's is the sampling with differentiated weights (times W / 2 or H / 2), weighted by g and
/// summed over channels. The adjoint `A(g, grid)` obeys `<u, A(g)> = <S(u), g>`, so its
/// derivatives are samplings of the upstream gradient u.
extension Derivatives {
    static func gridSample(_ x: Tensor, _ grid: Tensor, _ s: GridSampling) -> BackwardRule {
        { g, needed in
            [
                needed[0] ? try g.gridSampledAdjoint(grid, s) : nil,
                needed[1] ? try gridGradient(sampling: s, of: x, at: grid, against: g) : nil,
            ]
        }
    }

    static func gridSampleAdjoint(_ g: Tensor, _ grid: Tensor, _ s: GridSampling) -> BackwardRule {
        { u, needed in
            [
                needed[0] ? try u.gridSampled(grid, s) : nil,
                needed[1] ? try gridGradient(sampling: s, of: u, at: grid, against: g) : nil,
            ]
        }
    }

    /// `d/dgrid <g, S(x, grid)>`: `[N, Ho, Wo, 2]` with components
    /// `(W / 2) * sum_c g * S_dx(x)` and `(H / 2) * sum_c g * S_dy(x)`.
    private static func gridGradient(sampling s: GridSampling, of x: Tensor, at grid: Tensor, against g: Tensor) throws -> Tensor {
        let alongX = try (g * x.gridSampled(grid, s.differentiated(alongX: true))).sum(axis: 1) * (Float(s.inputShape[3]) / 2)
        let alongY = try (g * x.gridSampled(grid, s.differentiated(alongX: false))).sum(axis: 1) * (Float(s.inputShape[2]) / 2)
        return try Tensor.stack([alongX, alongY], axis: 3)
    }
}
