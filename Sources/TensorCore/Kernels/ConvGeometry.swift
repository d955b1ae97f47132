/// The sizes of one 2-D convolution `[N, C, H, W] * [O, C, kh, kw] -> [N, O, Ho, Wo]`, shared by
/// its three kernels (forward, input gradient = transposed convolution, weight gradient).
///
/// `Ho = (H + 2 * padding - kh) / stride + 1`, and likewise for `Wo`. For a transposed
/// convolution the "input" side is its output: the same geometry describes both directions.
struct ConvGeometry: Equatable {
    let batch: Int
    let inChannels: Int
    let height: Int
    let width: Int
    let outChannels: Int
    let kernelHeight: Int
    let kernelWidth: Int
    let stride: Int
    let padding: Int
    let outHeight: Int
    let outWidth: Int

    /// Rows of the column matrix: `C * kh * kw` (the GEMM's inner dimension K).
    var patchSize: Int { inChannels * kernelHeight * kernelWidth }
    /// Output positions per image: `Ho * Wo`.
    var outPlane: Int { outHeight * outWidth }
    /// Input positions per image: `H * W`.
    var inPlane: Int { height * width }
    /// Values of one input image: `C * H * W`.
    var inImage: Int { inChannels * height * width }
    /// Values of one output image: `O * Ho * Wo`.
    var outImage: Int { outChannels * outHeight * outWidth }
    /// Multiply-adds of the forward pass (each backward product costs the same).
    var multiplyAdds: Int { batch * outChannels * outPlane * patchSize }

    var inputShape: [Int] { [batch, inChannels, height, width] }
    var weightShape: [Int] { [outChannels, inChannels, kernelHeight, kernelWidth] }
    var outputShape: [Int] { [batch, outChannels, outHeight, outWidth] }

    /// The geometry of a convolution of `input` with `weight`, or an error naming both shapes.
    init(op: String, input: [Int], weight: [Int], stride: Int, padding: Int) throws {
        guard input.count == 4 else { throw TensorError.badRank(op, expected: "4 (input [N, C, H, W])", shape: input) }
        guard weight.count == 4 else {
            throw TensorError.badRank(op, expected: "4 (weight [O, C, kh, kw])", shape: weight)
        }
        guard stride >= 1, padding >= 0 else {
            throw TensorError("\(op): stride must be at least 1 and padding at least 0, got stride \(stride), padding \(padding)")
        }
        guard input[1] == weight[1] else {
            throw TensorError.shapeMismatch(
                op, input, weight, "the input has \(input[1]) channels but the weight expects \(weight[1])")
        }
        let outH = (input[2] + 2 * padding - weight[2]) / stride + 1
        let outW = (input[3] + 2 * padding - weight[3]) / stride + 1
        guard weight[2] >= 1, weight[3] >= 1, input[2] + 2 * padding >= weight[2], input[3] + 2 * padding >= weight[3]
        else {
            throw TensorError.shapeMismatch(
                op, input, weight, "the \(weight[2])x\(weight[3]) kernel is larger than the padded input; add padding or use a smaller kernel")
        }
        self.init(
            batch: input[0], inChannels: input[1], height: input[2], width: input[3],
            outChannels: weight[0], kernelHeight: weight[2], kernelWidth: weight[3],
            stride: stride, padding: padding, outHeight: outH, outWidth: outW)
    }

    init(
        batch: Int, inChannels: Int, height: Int, width: Int, outChannels: Int, kernelHeight: Int,
        kernelWidth: Int, stride: Int, padding: Int, outHeight: Int, outWidth: Int
    ) {
        self.batch = batch
        self.inChannels = inChannels
        self.height = height
        self.width = width
        self.outChannels = outChannels
        self.kernelHeight = kernelHeight
        self.kernelWidth = kernelWidth
        self.stride = stride
        self.padding = padding
        self.outHeight = outHeight
        self.outWidth = outWidth
    }

    /// The output columns `oj` whose input column `oj * stride - padding + kj` lies in `0..<W`.
    @inline(__always)
    func validColumns(kernelColumn kj: Int) -> Range<Int> {
        Self.validRange(offset: kj - padding, stride: stride, inputSize: width, outputSize: outWidth)
    }

    /// The output rows `oi` whose input row `oi * stride - padding + ki` lies in `0..<H`.
    @inline(__always)
    func validRows(kernelRow ki: Int) -> Range<Int> {
        Self.validRange(offset: ki - padding, stride: stride, inputSize: height, outputSize: outHeight)
    }

    /// The `o` in `0..<outputSize` with `0 <= o * stride + offset < inputSize`.
    @inline(__always)
    static func validRange(offset: Int, stride: Int, inputSize: Int, outputSize: Int) -> Range<Int> {
        // lo = ceil(-offset / stride) clamped at 0; hi = floor((inputSize - 1 - offset) / stride) + 1.
        let lo = offset >= 0 ? 0 : (-offset + stride - 1) / stride
        let last = inputSize - 1 - offset
        let hi = last < 0 ? 0 : min(outputSize, last / stride + 1)
        return lo < hi ? lo..<hi : lo..<lo
    }
}
