import TensorCore

/// A model made of a feature extractor and a linear classifier: `head(body(x))`, with `body`
/// ending in a flatten. Every reference architecture (`ConvNet`, `MLP`, `LeNet`, `AlexNet`,
/// `VGG11`, `ResNet18` and their variants) is one of these; see `Network+Architectures`.
///
/// Parameter names are the body's (e.g. "conv0.weight", "layer2.0.conv1.weight") followed by
/// "classifier.weight" and "classifier.bias", in PyTorch's declaration order.
public struct Network: Model {
    /// The reference name ("ConvNet", "ResNet18BN", …).
    public let name: String
    /// The shape of one input sample, `[C, H, W]` or `[D]`.
    public let inputShape: [Int]
    /// The number of logits per sample.
    public let classCount: Int
    /// The number of features the body gives per sample (the classifier's input).
    public let embeddingSize: Int
    /// The feature extractor: `[N] + inputShape` to `[N, embeddingSize]`.
    public let body: Sequential
    /// The classifier: `embeddingSize` features to `classCount` logits.
    public let head: Linear

    /// A network of `body` and a linear classifier on its output.
    /// - Throws: when `body` cannot take inputs of `inputShape`, or does not end in
    ///   `[N, features]`, or `classCount` is below 1.
    public init(name: String, inputShape: [Int], classCount: Int, body: Sequential) throws {
        guard classCount >= 1 else { throw NeuralNetError("\(name): needs at least one class, got \(classCount)") }
        let out = try body.outputShape(for: [1] + inputShape)
        guard out.count == 2 else {
            throw NeuralNetError("\(name): the feature extractor gives \(out) per batch; it must end in [N, features] (add Flatten)")
        }
        self.name = name
        self.inputShape = inputShape
        self.classCount = classCount
        self.embeddingSize = out[1]
        self.body = body
        self.head = Linear(out[1], classCount)
    }

    /// Fresh parameters: the body's, then `classifier.weight` and `classifier.bias`.
    public func initialParameters(using generator: inout SeededGenerator) throws -> Parameters {
        var builder = ParameterBuilder()
        try body.declareParameters(in: &builder, scope: "", using: &generator)
        try head.declareParameters(in: &builder, scope: "classifier", using: &generator)
        return try builder.build()
    }

    /// The body's batch-norm statistics (empty without batch norm).
    public func initialState() throws -> ModelState {
        var builder = ParameterBuilder()
        try body.declareState(in: &builder, scope: "")
        return ModelState(buffers: try builder.build())
    }

    /// The body's output `[N, embeddingSize]` for `x` `[N] + inputShape`.
    public func embed(_ x: Tensor, _ parameters: Parameters, state: inout ModelState, mode: ForwardMode) throws -> Tensor {
        guard x.rank == inputShape.count + 1, Array(x.shape.dropFirst()) == inputShape else {
            throw NeuralNetError("\(name): expected inputs [N] + \(inputShape), got \(x.shape)")
        }
        let context = LayerContext(parameters: parameters, state: state, mode: mode)
        let features = try body.forward(x, in: context, scope: "")
        state = context.state
        return features
    }

    /// The classifier applied to features `[N, embeddingSize]`: logits `[N, classCount]`.
    public func classify(_ features: Tensor, _ parameters: Parameters) throws -> Tensor {
        try head.forward(features, in: LayerContext(parameters: parameters, state: .empty, mode: .inference), scope: "classifier")
    }
}
