import TensorCore

extension Network {
    /// The reference MLP (METHODS §1): flatten → 128 → ReLU → 128 → ReLU → classes.
    /// Parameters `fc1`, `fc2`, `classifier`; `embed` gives the 128 features after the second
    /// ReLU. On `[1, 28, 28]` with 10 classes: 118,282 parameters.
    /// - Throws: when `inputShape` has a non-positive size.
    public static func mlp(inputShape: [Int], classCount: Int) throws -> Network {
        guard !inputShape.isEmpty, inputShape.allSatisfy({ $0 >= 1 }) else {
            throw NeuralNetError("MLP: the input shape must have positive sizes, got \(inputShape)")
        }
        let inputs = inputShape.reduce(1, *)
        return try Network(
            name: "MLP", inputShape: inputShape, classCount: classCount,
            body: Sequential([
                ("flatten", Flatten()), ("fc1", Linear(inputs, 128)), ("relu1", Activation.relu),
                ("fc2", Linear(128, 128)), ("relu2", Activation.relu),
            ]))
    }

    /// The reference LeNet (METHODS §1): conv 5x5 → 6 (padding 2 for one channel) → ReLU →
    /// max-pool 2, conv 5x5 → 16 → ReLU → max-pool 2, then 400 → 120 → 84 (ReLU) → classes.
    /// Parameters `conv1`, `conv2`, `fc1`, `fc2`, `classifier`; `embed` gives the 84 features.
    /// - Throws: when the image is not 28x28 with one channel or 32x32 (other sizes do not give
    ///   the 5x5 maps the 400-feature layer expects).
    public static func leNet(inputShape: [Int], classCount: Int) throws -> Network {
        try checkImageShape(inputShape, for: "LeNet")
        let channels = inputShape[0]
        let features = Sequential([
            ("conv1", Conv2d(channels, 6, kernel: 5, padding: channels == 1 ? 2 : 0)), ("relu1", Activation.relu),
            ("pool1", Pool2d(.max, kernel: 2)), ("conv2", Conv2d(6, 16, kernel: 5)), ("relu2", Activation.relu),
            ("pool2", Pool2d(.max, kernel: 2)), ("flatten", Flatten()),
        ])
        let flat = try features.outputShape(for: [1] + inputShape)[1]
        guard flat == 400 else {
            throw NeuralNetError("LeNet: an image of \(inputShape) gives \(flat) features, not 16·5·5; use [1, 28, 28] or [C, 32, 32]")
        }
        return try Network(
            name: "LeNet", inputShape: inputShape, classCount: classCount,
            body: Sequential(
                features.layers + [
                    ("fc1", Linear(400, 120)), ("relu3", Activation.relu), ("fc2", Linear(120, 84)), ("relu4", Activation.relu),
                ]))
    }
}
