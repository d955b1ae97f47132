/// Average and max pooling over square windows of NCHW images (the reference ConvNet uses
/// 2x2 windows with stride 2). Both are differentiable to any order: average pooling's adjoint
/// is a primitive whose own adjoint is average pooling again, and max pooling routes gradients
/// to the positions of the maxima through `gather`/`scatterAdd` with those positions fixed.
extension Tensor {
    /// The mean of each `kernel x kernel` window, windows every `stride` positions (as PyTorch's
    /// `avg_pool2d` without padding; a partial window at the edge is dropped).
    ///
    /// - Parameters:
    ///   - kernel: the window's side, at least 1.
    ///   - stride: the step between windows; the window's side when nil.
    /// - Returns: `[N, C, Ho, Wo]` with `Ho = (H - kernel) / stride + 1`, likewise `Wo`.
    /// - Throws: when the input is not `[N, C, H, W]` or the window does not fit.
    public func avgPool2d(kernel: Int, stride: Int? = nil) throws -> Tensor {
        let g = try PoolGeometry(op: "avgPool2d", input: shape, kernel: kernel, stride: stride ?? kernel)
        let value = Tensor.build(g.outputShape) { y in
            withUnsafeBufferPointer { x in g.averageForward(x.baseAddress!, y.baseAddress!) }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.avgPool2d(g))
    }

    /// The adjoint of `avgPool2d` for an input of `g`'s input shape: this gradient `[N, C, Ho, Wo]`
    /// spread evenly over each window.
    func avgPool2dAdjoint(_ g: PoolGeometry) throws -> Tensor {
        guard shape == g.outputShape else {
            throw TensorError.shapeMismatch("avgPool2d backward", shape, g.outputShape, "the gradient must have the pooled shape")
        }
        let value = Tensor.build(g.inputShape) { dx in
            withUnsafeBufferPointer { gy in g.averageAdjoint(gy.baseAddress!, dx.baseAddress!) }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.avgPool2dAdjoint(g))
    }

    /// The maximum of each `kernel x kernel` window, windows every `stride` positions (as
    /// PyTorch's `max_pool2d` without padding). The gradient goes to the first maximum of each
    /// window (a NaN counts as the maximum).
    ///
    /// - Parameters:
    ///   - kernel: the window's side, at least 1.
    ///   - stride: the step between windows; the window's side when nil.
    /// - Returns: `[N, C, Ho, Wo]` with `Ho = (H - kernel) / stride + 1`, likewise `Wo`.
    /// - Throws: when the input is not `[N, C, H, W]` or the window does not fit.
    public func maxPool2d(kernel: Int, stride: Int? = nil) throws -> Tensor {
        let g = try PoolGeometry(op: "maxPool2d", input: shape, kernel: kernel, stride: stride ?? kernel)
        var positions = Tensor.zeros([g.batch, g.channels, g.outPlane])
        let value = Tensor.build(g.outputShape) { y in
            withUnsafeBufferPointer { x in
                positions.scalars.withUnsafeMutableBufferPointer { at in
                    g.maxForward(x.baseAddress!, y.baseAddress!, at.baseAddress!)
                }
            }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.maxPool2d(g, positions: positions))
    }
}
