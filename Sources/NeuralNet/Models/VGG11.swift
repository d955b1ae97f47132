import TensorCore

extension Network {
    /// The reference VGG-11 (METHODS §1): convolutions 3x3 (padding 1; 3 on the first for one
    /// channel) of widths [64, M, 128, M, 256, 256, M, 512, 512, M, 512, 512, M] (M: max-pool
    /// 2), each followed by instance norm (or batch norm for VGG11BN) and ReLU, then the
    /// classifier on 512 features (a 32x32 image ends at 1x1).
    /// Parameters `conv{i}`, `norm{i}` for i in 0..<8, `classifier`.
    /// - Throws: when the image is too small for five poolings.
    public static func vgg11(inputShape: [Int], classCount: Int, norm: Norm = .instance) throws -> Network {
        let name = try referenceName("VGG11", norm: norm)
        try checkImageShape(inputShape, for: name)
        let config = [64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0]  // 0 marks a max-pool
        var layers: [(name: String, layer: any Layer)] = []
        var (channels, convIndex) = (inputShape[0], 0)
        for (position, width) in config.enumerated() {
            guard width > 0 else {
                layers.append(("pool\(position)", Pool2d(.max, kernel: 2)))
                continue
            }
            let padding = inputShape[0] == 1 && position == 0 ? 3 : 1
            layers.append(("conv\(convIndex)", Conv2d(channels, width, kernel: 3, padding: padding)))
            if let norm = try norm.layer(channels: width, height: 1, width: 1) {
                layers.append(("norm\(convIndex)", norm))
            }
            layers.append(("relu\(convIndex)", Activation.relu))
            (channels, convIndex) = (width, convIndex + 1)
        }
        layers.append(("flatten", Flatten()))
        return try Network(name: name, inputShape: inputShape, classCount: classCount, body: Sequential(layers))
    }
}
