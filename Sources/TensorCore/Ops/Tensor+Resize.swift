/// How `resize` computes a pixel from the input.
public enum ResizeMode: String, Sendable, CaseIterable {
    /// The input pixel whose cell contains the output pixel's top-left corner
    /// (PyTorch's `interpolate(mode="nearest")`, its default).
    case nearest
    /// Bilinear interpolation between pixel centres, edges clamped
    /// (PyTorch's `interpolate(mode="bilinear", align_corners=False)`).
    case bilinear
}

/// Resizing NCHW images up or down (IDC's decoding: nearest to downsample real images into
/// patches, bilinear to upsample patches back). Differentiable to any order in the input: the
/// resize is a fixed linear map, whose adjoint is a primitive differentiated by the resize.
extension Tensor {
    /// This batch of images resized to `height x width`, as PyTorch's `interpolate(size:)`.
    ///
    /// - Parameters:
    ///   - height, width: the output's spatial size, each at least 1.
    ///   - mode: `.nearest` or `.bilinear` (with `align_corners=False`).
    /// - Returns: `[N, C, height, width]` for this `[N, C, H, W]`. Cost: one pass over the
    ///   output, four reads per value.
    /// - Throws: when the input is not rank 4, is spatially empty, or a size is below 1.
    public func resize(height: Int, width: Int, mode: ResizeMode) throws -> Tensor {
        guard rank == 4 else { throw TensorError.badRank("resize", expected: "4 ([N, C, H, W])", shape: shape) }
        guard height >= 1, width >= 1, shape[2] >= 1, shape[3] >= 1 else {
            throw TensorError("resize: cannot resize an image of shape \(shape) to \(height)x\(width); sizes must be at least 1")
        }
        let taps = mode == .nearest ? ResampleTaps.nearest : ResampleTaps.linear
        let map = Resampling(inputShape: shape, rows: taps(shape[2], height), columns: taps(shape[3], width))
        return try resampled(map)
    }

    /// The resampling `map` applied to this `[N, C, H, W]` tensor.
    func resampled(_ map: Resampling) throws -> Tensor {
        guard shape == map.inputShape else {
            throw TensorError.shapeMismatch("resize", shape, map.inputShape, "the resampling was built for another shape")
        }
        let value = Tensor.build(map.outputShape) { y in
            withUnsafeBufferPointer { x in map.forward(x.baseAddress!, y.baseAddress!) }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.resample(map))
    }

    /// The adjoint of `resampled(map)` applied to this gradient of its output's shape.
    func resampledAdjoint(_ map: Resampling) throws -> Tensor {
        guard shape == map.outputShape else {
            throw TensorError.shapeMismatch("resize backward", shape, map.outputShape, "the gradient must have the resized shape")
        }
        let value = Tensor.build(map.inputShape) { dx in
            withUnsafeBufferPointer { g in map.adjoint(g.baseAddress!, dx.baseAddress!) }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.resampleAdjoint(map))
    }
}
