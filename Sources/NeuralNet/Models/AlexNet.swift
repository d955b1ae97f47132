import TensorCore

extension Network {
    /// The reference (CIFAR-sized) AlexNet (METHODS §1): conv 5x5 → 128 (padding 4 for one
    /// channel, else 2) → ReLU → max-pool, conv 5x5 → 192 → ReLU → max-pool, conv 3x3 → 256,
    /// → 192, → 192 (ReLU each) → max-pool, then the classifier on 192·4·4 features. With
    /// `batchNorm` (AlexNetBN) a batch norm follows each convolution.
    /// Parameters `conv1`…`conv5` (`norm1`…`norm5`), `classifier`.
    /// - Throws: when the image is too small for the three poolings.
    public static func alexNet(inputShape: [Int], classCount: Int, batchNorm: Bool = false) throws -> Network {
        let name = batchNorm ? "AlexNetBN" : "AlexNet"
        try checkImageShape(inputShape, for: name)
        let channels = inputShape[0]
        let convs = [
            Conv2d(channels, 128, kernel: 5, padding: channels == 1 ? 4 : 2), Conv2d(128, 192, kernel: 5, padding: 2),
            Conv2d(192, 256, kernel: 3, padding: 1), Conv2d(256, 192, kernel: 3, padding: 1), Conv2d(192, 192, kernel: 3, padding: 1),
        ]
        var layers: [(name: String, layer: any Layer)] = []
        for (i, conv) in convs.enumerated() {
            layers.append(("conv\(i + 1)", conv))
            if batchNorm { layers.append(("norm\(i + 1)", BatchNorm(channels: conv.outputChannels))) }
            layers.append(("relu\(i + 1)", Activation.relu))
            if [0, 1, 4].contains(i) { layers.append(("pool\(i + 1)", Pool2d(.max, kernel: 2))) }
        }
        layers.append(("flatten", Flatten()))
        return try Network(name: name, inputShape: inputShape, classCount: classCount, body: Sequential(layers))
    }
}
