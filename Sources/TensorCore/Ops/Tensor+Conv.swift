/// 2-D convolution and its two adjoints, the primitives of every conv layer. Images are NCHW.
///
/// The three are closed under differentiation, as in PyTorch: the gradient of `conv2d` with
/// respect to its input is `convTranspose2d`, with respect to its weight
/// `conv2dWeightGradient`, and the backward rules of those two are again made of the three, so
/// gradients through conv layers can be differentiated to any order (gradient matching,
/// unrolled training). Cost: `2 * N * O * C * kh * kw * Ho * Wo` flops each.
extension Tensor {
    /// The cross-correlation of this batch of images with `weight`, plus `bias` per channel (as
    /// PyTorch's `conv2d`): `y[n, o, i, j] = bias[o] + sum_{c, a, b} w[o, c, a, b] *
    /// x[n, c, i * stride - padding + a, j * stride - padding + b]`, zero outside the image.
    ///
    /// - Parameters:
    ///   - weight: `[O, C, kh, kw]`; `C` must equal this tensor's channel count.
    ///   - bias: `[O]`, or nil for none.
    ///   - stride: the step between output positions (the same along both axes), at least 1.
    ///   - padding: zeros added on each side of both spatial axes, at least 0.
    /// - Returns: `[N, O, Ho, Wo]` with `Ho = (H + 2 * padding - kh) / stride + 1`, likewise `Wo`.
    /// - Throws: on a rank other than 4, mismatched channels, a kernel larger than the padded
    ///   image, or a bias that is not `[O]`; the message names the shapes.
    public func conv2d(_ weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
        let g = try ConvGeometry(op: "conv2d", input: shape, weight: weight.shape, stride: stride, padding: padding)
        if let bias, bias.shape != [g.outChannels] {
            throw TensorError.shapeMismatch(
                "conv2d", weight.shape, bias.shape, "the bias must be [\(g.outChannels)], one value per output channel")
        }
        let value = Tensor.build(g.outputShape) { y in
            withUnsafeBufferPointer { x in
                weight.withUnsafeBufferPointer { w in
                    Tensor.withOptionalPointer(bias) { b in
                        if g.usesDirectForward {
                            g.directForward(input: x.baseAddress!, weight: w.baseAddress!, bias: b, output: y.baseAddress!)
                        } else {
                            g.gemmForward(input: x.baseAddress!, weight: w.baseAddress!, bias: b, output: y.baseAddress!)
                        }
                    }
                }
            }
        }
        let inputs = bias.map { [self, weight, $0] } ?? [self, weight]
        return Tensor.recording(value, inputs: inputs, backward: Derivatives.conv2d(self, weight, g))
    }

    /// The transposed convolution (as PyTorch's `conv_transpose2d`): the adjoint of `conv2d`
    /// with respect to its input, so `conv2d`'s input gradient is `gy.convTranspose2d(w, ...)`.
    ///
    /// - Parameters:
    ///   - weight: `[O, C, kh, kw]` as for `conv2d`; `O` must equal this tensor's channel count.
    ///   - stride, padding: those of the convolution this one transposes.
    ///   - outputPadding: extra rows and columns at the bottom and right, `0..<stride`; picks
    ///     among the input sizes that a strided convolution maps to the same output size.
    /// - Returns: `[N, C, H, W]` with `H = (Ho - 1) * stride - 2 * padding + kh + outputPadding`
    ///   for this tensor `[N, O, Ho, Wo]`, likewise `W`.
    /// - Throws: on a rank other than 4, mismatched channels, or sizes that give no output.
    public func convTranspose2d(_ weight: Tensor, stride: Int = 1, padding: Int = 0, outputPadding: Int = 0) throws
        -> Tensor
    {
        try convTranspose2d(weight, stride: stride, padding: padding, extraRows: outputPadding, extraColumns: outputPadding)
    }

    /// `convTranspose2d` with separate output paddings for the two axes, as the input gradient of
    /// a convolution of a non-square image needs.
    func convTranspose2d(_ weight: Tensor, stride: Int, padding: Int, extraRows: Int, extraColumns: Int) throws -> Tensor {
        let g = try ConvGeometry(
            transposing: shape, weight: weight.shape, stride: stride, padding: padding,
            extraRows: extraRows, extraColumns: extraColumns)
        let value = Tensor.build(g.inputShape) { dx in
            withUnsafeBufferPointer { gy in
                weight.withUnsafeBufferPointer { w in
                    if g.usesDirectInputGradient {
                        g.directInputGradient(outputGrad: gy.baseAddress!, weight: w.baseAddress!, inputGrad: dx.baseAddress!)
                    } else {
                        g.gemmInputGradient(outputGrad: gy.baseAddress!, weight: w.baseAddress!, inputGrad: dx.baseAddress!)
                    }
                }
            }
        }
        return Tensor.recording(value, inputs: [self, weight], backward: Derivatives.convTranspose2d(self, weight, g))
    }

    /// The gradient of `conv2d` with respect to its weight, for this input `[N, C, H, W]` and
    /// the output gradient `outputGradient` `[N, O, Ho, Wo]`: `dw[o, c, a, b] = sum_{n, i, j}
    /// gy[n, o, i, j] * x[n, c, i * stride - padding + a, j * stride - padding + b]`.
    ///
    /// - Parameters:
    ///   - kernelHeight, kernelWidth: the weight's spatial size `kh`, `kw`.
    ///   - stride, padding: those of the convolution.
    /// - Returns: `[O, C, kh, kw]`.
    /// - Throws: when `outputGradient` is not the shape `conv2d` gives for this input.
    public func conv2dWeightGradient(
        outputGradient gy: Tensor, kernelHeight: Int, kernelWidth: Int, stride: Int = 1, padding: Int = 0
    ) throws -> Tensor {
        guard gy.rank == 4 else {
            throw TensorError.badRank("conv2dWeightGradient", expected: "4 (output gradient [N, O, Ho, Wo])", shape: gy.shape)
        }
        let g = try ConvGeometry(
            op: "conv2dWeightGradient", input: shape, weight: [gy.shape[1], rank == 4 ? shape[1] : 0, kernelHeight, kernelWidth],
            stride: stride, padding: padding)
        guard gy.shape == g.outputShape else {
            throw TensorError.shapeMismatch(
                "conv2dWeightGradient", shape, gy.shape,
                "a \(kernelHeight)x\(kernelWidth) convolution with stride \(stride), padding \(padding) maps this input to \(g.outputShape)")
        }
        let value = Tensor.build(g.weightShape) { dw in
            withUnsafeBufferPointer { x in
                gy.withUnsafeBufferPointer { gyp in
                    if g.usesDirectWeightGradient {
                        g.directWeightGradient(input: x.baseAddress!, outputGrad: gyp.baseAddress!, weightGrad: dw.baseAddress!)
                    } else {
                        g.gemmWeightGradient(input: x.baseAddress!, outputGrad: gyp.baseAddress!, weightGrad: dw.baseAddress!)
                    }
                }
            }
        }
        return Tensor.recording(value, inputs: [self, gy], backward: Derivatives.conv2dWeightGradient(self, gy, g))
    }

    /// Runs `body` with a pointer to the values of `tensor`, or nil when there is none.
    static func withOptionalPointer<R>(_ tensor: Tensor?, _ body: (UnsafePointer<Float>?) -> R) -> R {
        guard let tensor else { return body(nil) }
        return tensor.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}

extension ConvGeometry {
    /// The geometry of the convolution that `convTranspose2d` transposes, from its input
    /// `[N, O, Ho, Wo]` and weight `[O, C, kh, kw]`.
    init(transposing gradient: [Int], weight: [Int], stride: Int, padding: Int, extraRows: Int, extraColumns: Int) throws {
        let op = "convTranspose2d"
        guard gradient.count == 4 else { throw TensorError.badRank(op, expected: "4 (input [N, O, Ho, Wo])", shape: gradient) }
        guard weight.count == 4 else { throw TensorError.badRank(op, expected: "4 (weight [O, C, kh, kw])", shape: weight) }
        guard gradient[1] == weight[0] else {
            throw TensorError.shapeMismatch(
                op, gradient, weight, "the input has \(gradient[1]) channels but the weight's first axis is \(weight[0])")
        }
        guard stride >= 1, padding >= 0, (0..<stride).contains(extraRows), (0..<stride).contains(extraColumns) else {
            throw TensorError(
                "\(op): need stride >= 1, padding >= 0 and 0 <= outputPadding < stride; got stride \(stride), padding \(padding), outputPadding \(extraRows == extraColumns ? "\(extraRows)" : "(\(extraRows), \(extraColumns))")")
        }
        let h = (gradient[2] - 1) * stride - 2 * padding + weight[2] + extraRows
        let w = (gradient[3] - 1) * stride - 2 * padding + weight[3] + extraColumns
        guard gradient[2] >= 1, gradient[3] >= 1, h >= 1, w >= 1 else {
            throw TensorError.shapeMismatch(
                op, gradient, weight, "the output would be \(h)x\(w); use less padding or a larger input")
        }
        try self.init(op: op, input: [gradient[0], weight[1], h, w], weight: weight, stride: stride, padding: padding)
    }
}

extension ConvGeometry {
    /// The rows and columns of the input that the last output position does not reach, which a
    /// transposed convolution must add back (its output padding along each axis).
    var uncoveredRows: Int { height + 2 * padding - ((outHeight - 1) * stride + kernelHeight) }
    var uncoveredColumns: Int { width + 2 * padding - ((outWidth - 1) * stride + kernelWidth) }
}
