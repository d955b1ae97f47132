import TensorCore

/// A 2-D convolution layer with square kernels (PyTorch's `nn.Conv2d`).
///
/// Parameters: `weight` `[outputChannels, inputChannels, kernel, kernel]` and `bias`
/// `[outputChannels]` (when `hasBias`), both U(−1/√fanIn, 1/√fanIn) with
/// `fanIn = inputChannels·kernel²`. Input `[N, C, H, W]`, output `[N, O, Ho, Wo]` with
/// `Ho = (H + 2·padding − kernel) / stride + 1`. Cost: `2·N·O·C·kernel²·Ho·Wo` flops.
public struct Conv2d: Layer {
    /// Input channels C.
    public let inputChannels: Int
    /// Output channels O.
    public let outputChannels: Int
    /// The kernel's side.
    public let kernel: Int
    /// The step between output positions.
    public let stride: Int
    /// Zeros added on each side of both spatial axes.
    public let padding: Int
    /// Whether a bias is added per output channel.
    public let hasBias: Bool

    /// A convolution from `inputChannels` to `outputChannels` channels.
    public init(_ inputChannels: Int, _ outputChannels: Int, kernel: Int, stride: Int = 1, padding: Int = 0, bias: Bool = true) {
        self.inputChannels = inputChannels
        self.outputChannels = outputChannels
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.hasBias = bias
    }

    /// Declares `weight` and `bias` under `scope` (see the type's summary for shapes and initial values).
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        let fanIn = inputChannels * kernel * kernel
        builder.add(
            scope, "weight",
            try pytorchDefaultUniform([outputChannels, inputChannels, kernel, kernel], fanIn: fanIn, using: &generator))
        if hasBias {
            builder.add(scope, "bias", try pytorchDefaultUniform([outputChannels], fanIn: fanIn, using: &generator))
        }
    }

    /// The output shape for `input` (see the type's summary).
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard input.count == 4, input[1] == inputChannels else {
            throw NeuralNetError(
                "Conv2d(\(inputChannels) → \(outputChannels)): expected input [N, \(inputChannels), H, W], got \(input)")
        }
        let (h, w) = (input[2] + 2 * padding - kernel, input[3] + 2 * padding - kernel)
        guard h >= 0, w >= 0 else {
            throw NeuralNetError(
                "Conv2d: a \(kernel)x\(kernel) kernel with padding \(padding) does not fit the \(input[2])x\(input[3]) input \(input)")
        }
        return [input[0], outputChannels, h / stride + 1, w / stride + 1]
    }

    /// The convolution of `x` `[N, C, H, W]` (TensorCore's `conv2d`).
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        try x.conv2d(
            context.parameter(scope, "weight"), bias: hasBias ? context.parameter(scope, "bias") : nil,
            stride: stride, padding: padding)
    }
}
