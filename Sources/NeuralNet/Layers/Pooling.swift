import TensorCore

/// Average or max pooling over square windows of NCHW images, without padding (PyTorch's
/// `nn.AvgPool2d` / `nn.MaxPool2d`). No parameters. Output `[N, C, Ho, Wo]` with
/// `Ho = (H − kernel) / stride + 1`.
public struct Pool2d: Layer {
    /// What each window is reduced to.
    public enum Kind: String, Sendable {
        /// The mean of the window.
        case average
        /// The largest value of the window (the gradient goes to the first maximum).
        case max
    }

    /// Average or max.
    public let kind: Kind
    /// The window's side.
    public let kernel: Int
    /// The step between windows.
    public let stride: Int

    /// Pooling over `kernel x kernel` windows every `stride` positions (`kernel` by default).
    public init(_ kind: Kind, kernel: Int, stride: Int? = nil) {
        self.kind = kind
        self.kernel = kernel
        self.stride = stride ?? kernel
    }

    /// The output shape for `input` (see the type's summary).
    public func outputShape(for input: [Int]) throws -> [Int] {
        guard input.count == 4, kernel >= 1, stride >= 1, input[2] >= kernel, input[3] >= kernel else {
            throw NeuralNetError("Pool2d(\(kind), kernel \(kernel), stride \(stride)): cannot pool an input of shape \(input)")
        }
        return [input[0], input[1], (input[2] - kernel) / stride + 1, (input[3] - kernel) / stride + 1]
    }

    /// The windows of `x` averaged or maximised.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        switch kind {
        case .average: return try x.avgPool2d(kernel: kernel, stride: stride)
        case .max: return try x.maxPool2d(kernel: kernel, stride: stride)
        }
    }
}

/// The downsampling of the reference ConvNet's blocks (METHODS §1): 2x2 windows with stride
/// 2, averaged (`avgpooling`, the default) or maximised (`maxpooling`), or none.
public enum Pooling: String, NamedOption, Sendable {
    /// AvgPool2d(2, 2).
    case average = "avgpooling"
    /// MaxPool2d(2, 2).
    case max = "maxpooling"
    /// No downsampling.
    case none = "none"

    /// For messages: what this option is.
    public static let optionKind = "pooling"

    /// The 2x2 layer, or nil for `.none`.
    public var layer: Pool2d? {
        switch self {
        case .average: return Pool2d(.average, kernel: 2)
        case .max: return Pool2d(.max, kernel: 2)
        case .none: return nil
        }
    }
}
