import TensorCore

/// The basic residual block of ResNet-18 (kuangliu's `BasicBlock`, as the reference code):
/// `relu(norm2(conv2(relu(norm1(conv1(x))))) + shortcut(x))`, 3x3 convolutions without bias,
/// the first with the block's stride; the shortcut is the identity, or a 1x1 convolution with
/// that stride and a norm when the shape changes.
///
/// Names under the block's scope: `conv1`, `norm1`, `conv2`, `norm2`, and `shortcut.conv`,
/// `shortcut.norm` when there is a projection.
public struct ResidualBlock: Layer {
    /// Input channels.
    public let inputChannels: Int
    /// Output channels (the block's width).
    public let planes: Int
    /// The first convolution's stride (2 halves the image).
    public let stride: Int
    /// The normalisation after each convolution (`.instance` or `.batch` in the reference).
    public let norm: Norm
    private let main: Sequential
    private let shortcut: Sequential?

    /// A block from `inputChannels` to `planes` channels.
    /// - Throws: when the normalisation cannot be built for `planes` channels, or it is
    ///   `.layer` (which needs a spatial size a block does not know).
    public init(inputChannels: Int, planes: Int, stride: Int, norm: Norm) throws {
        guard norm != .layer else {
            throw NeuralNetError("ResidualBlock: layer normalisation is not supported; use instancenorm, batchnorm, groupnorm or none")
        }
        self.inputChannels = inputChannels
        self.planes = planes
        self.stride = stride
        self.norm = norm
        func normLayer(_ name: String) throws -> [(name: String, layer: any Layer)] {
            try norm.layer(channels: planes, height: 1, width: 1).map { [(name, $0)] } ?? []
        }
        main = Sequential(
            [("conv1", Conv2d(inputChannels, planes, kernel: 3, stride: stride, padding: 1, bias: false))] + (try normLayer("norm1"))
                + [("relu", Activation.relu), ("conv2", Conv2d(planes, planes, kernel: 3, padding: 1, bias: false))]
                + (try normLayer("norm2")))
        shortcut =
            stride != 1 || inputChannels != planes
            ? Sequential([("conv", Conv2d(inputChannels, planes, kernel: 1, stride: stride, bias: false))] + (try normLayer("norm")))
            : nil
    }

    /// Declares the main path's and the shortcut's convolutions and norms.
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        try main.declareParameters(in: &builder, scope: scope, using: &generator)
        try shortcut?.declareParameters(in: &builder, scope: scoped(scope, "shortcut"), using: &generator)
    }

    /// Declares the batch-norm statistics of both paths (none for other norms).
    public func declareState(in builder: inout ParameterBuilder, scope: String) throws {
        try main.declareState(in: &builder, scope: scope)
        try shortcut?.declareState(in: &builder, scope: scoped(scope, "shortcut"))
    }

    /// `[N, planes, ⌈H/stride⌉, ⌈W/stride⌉]` for `[N, inputChannels, H, W]`.
    public func outputShape(for input: [Int]) throws -> [Int] {
        try main.outputShape(for: input)
    }

    /// `relu(main(x) + shortcut(x))`.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        let y = try main.forward(x, in: context, scope: scope)
        let skip = try shortcut?.forward(x, in: context, scope: scoped(scope, "shortcut")) ?? x
        return try (y + skip).relu()
    }
}
