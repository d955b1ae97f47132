import TensorCore

extension Network {
    /// The reference ResNet-18 (kuangliu style, METHODS §1): conv 3x3 → 64 (stride 1, no
    /// bias) → norm → ReLU, four stages of two residual blocks (widths 64/128/256/512, strides
    /// 1/2/2/2), average pooling over 4x4, then the classifier on 512 features. Instance norm
    /// by default, batch norm for ResNet18BN. On 28x28 images the stages give 28, 14, 7, 4.
    /// Parameters `conv1`, `norm1`, `layer{s}.{b}.…` (see `ResidualBlock`), `classifier`.
    /// - Throws: when the image is too small (the last stage must be at least 4x4).
    public static func resNet18(inputShape: [Int], classCount: Int, norm: Norm = .instance) throws -> Network {
        let name = try referenceName("ResNet18", norm: norm)
        try checkImageShape(inputShape, for: name)
        var layers: [(name: String, layer: any Layer)] = [("conv1", Conv2d(inputShape[0], 64, kernel: 3, padding: 1, bias: false))]
        if let norm = try norm.layer(channels: 64, height: 1, width: 1) { layers.append(("norm1", norm)) }
        layers.append(("relu", Activation.relu))
        var channels = 64
        for (stage, (planes, stride)) in [(64, 1), (128, 2), (256, 2), (512, 2)].enumerated() {
            for block in 0..<2 {
                let b = try ResidualBlock(
                    inputChannels: channels, planes: planes, stride: block == 0 ? stride : 1, norm: norm)
                layers.append(("layer\(stage + 1).\(block)", b))
                channels = planes
            }
        }
        layers += [("pool", Pool2d(.average, kernel: 4)), ("flatten", Flatten())]
        return try Network(name: name, inputShape: inputShape, classCount: classCount, body: Sequential(layers))
    }
}
