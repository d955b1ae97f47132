import TensorCore

extension Network {
    /// The reference ConvNet (METHODS §1): `depth` blocks of conv 3x3 (padding 1, with bias)
    /// → normalisation → activation → 2x2 pooling, then a linear classifier on the flattened
    /// features.
    ///
    /// For single-channel inputs the first convolution pads by 3, so 28x28 becomes 32x32 and
    /// the blocks give 16, 8, 4 (the reference's Fashion-MNIST handling); the classifier of
    /// ConvNet-3 on `[1, 28, 28]` reads `width·4·4 = 2048` features. Parameter names:
    /// `conv{d}`, `norm{d}` per block, then `classifier`. With the defaults and 10 classes
    /// it has 317,706 parameters on `[1, 28, 28]` (320,010 on `[3, 32, 32]`).
    ///
    /// - Parameters:
    ///   - inputShape: `[C, H, W]` of one image.
    ///   - width: channels of every block (128).
    ///   - depth: the number of blocks (3).
    ///   - norm, activation, pooling: the block's options (instance norm, ReLU, average).
    ///   - name: the name to report (the reference variant's name, "ConvNet" by default).
    /// - Throws: when the image is too small for `depth` poolings or an option does not fit
    ///   the channel count (group norm needs a width divisible by 4).
    public static func convNet(
        inputShape: [Int], classCount: Int, width: Int = 128, depth: Int = 3,
        norm: Norm = .instance, activation: Activation = .relu, pooling: Pooling = .average,
        name: String = "ConvNet"
    ) throws -> Network {
        try checkImageShape(inputShape, for: name)
        guard width >= 1, depth >= 1 else { throw NeuralNetError("\(name): width and depth must be at least 1 (got \(width), \(depth))") }
        let channels = inputShape[0]
        var layers: [(name: String, layer: any Layer)] = []
        var shape = [1] + inputShape
        for d in 0..<depth {
            let conv = Conv2d(d == 0 ? channels : width, width, kernel: 3, padding: channels == 1 && d == 0 ? 3 : 1)
            shape = try conv.outputShape(for: shape)
            layers.append(("conv\(d)", conv))
            if let norm = try norm.layer(channels: width, height: shape[2], width: shape[3]) {
                layers.append(("norm\(d)", norm))
            }
            layers.append(("act\(d)", activation))
            if let pool = pooling.layer {
                shape = try pool.outputShape(for: shape)
                layers.append(("pool\(d)", pool))
            }
        }
        layers.append(("flatten", Flatten()))
        return try Network(name: name, inputShape: inputShape, classCount: classCount, body: Sequential(layers))
    }

    /// The reference name of a VGG or ResNet with `norm`: the base name for instance norm,
    /// with "BN" appended for batch norm (the only two the reference builds them with).
    /// - Throws: for any other normalisation.
    static func referenceName(_ base: String, norm: Norm) throws -> String {
        switch norm {
        case .instance: return base
        case .batch: return base + "BN"
        default: throw NeuralNetError("\(base): the reference has instancenorm or batchnorm, not \(norm.rawValue)")
        }
    }

    /// Throws unless `shape` is `[C, H, W]` with positive sizes.
    static func checkImageShape(_ shape: [Int], for name: String) throws {
        guard shape.count == 3, shape.allSatisfy({ $0 >= 1 }) else {
            throw NeuralNetError("\(name): the input shape must be [C, H, W] of one image, got \(shape)")
        }
    }
}
