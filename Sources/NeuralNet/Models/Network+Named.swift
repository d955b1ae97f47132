import TensorCore

extension Network {
    /// The architectures of the reference code by name (DC's `get_network`, METHODS §1):
    /// "ConvNet", "ConvNetD1"…"ConvNetD8" (depth), "ConvNetW32"/"W64"/"W128"/"W256" (width),
    /// "ConvNetBN"/"LN"/"GN"/"NN" (batch, layer, group, no norm), "ConvNetMP"/"NP" (max, no
    /// pooling), "ConvNetAS"/"AL"/"ASwish" (sigmoid, leaky ReLU, swish), "ConvNetASwishBN",
    /// "ConvNetKIP" (width 1024, no norm), "MLP", "LeNet", "AlexNet", "AlexNetBN", "VGG11",
    /// "VGG11BN", "ResNet18", "ResNet18BN".
    ///
    /// - Parameters:
    ///   - inputShape: `[C, H, W]` of one image (`[1, 28, 28]` for Fashion-MNIST).
    ///   - classCount: the number of classes.
    /// - Throws: for an unknown name (the message lists the known ones) or an input the
    ///   architecture cannot take.
    public static func named(_ name: String, inputShape: [Int], classCount: Int) throws -> Network {
        switch name {
        case "MLP": return try mlp(inputShape: inputShape, classCount: classCount)
        case "LeNet": return try leNet(inputShape: inputShape, classCount: classCount)
        case "AlexNet": return try alexNet(inputShape: inputShape, classCount: classCount)
        case "AlexNetBN": return try alexNet(inputShape: inputShape, classCount: classCount, batchNorm: true)
        case "VGG11": return try vgg11(inputShape: inputShape, classCount: classCount)
        case "VGG11BN": return try vgg11(inputShape: inputShape, classCount: classCount, norm: .batch)
        case "ResNet18": return try resNet18(inputShape: inputShape, classCount: classCount)
        case "ResNet18BN": return try resNet18(inputShape: inputShape, classCount: classCount, norm: .batch)
        default: break
        }
        guard let variant = convNetVariants[name] else {
            let known = (["MLP", "LeNet", "AlexNet", "AlexNetBN", "VGG11", "VGG11BN", "ResNet18", "ResNet18BN"]
                + convNetVariants.keys.sorted()).joined(separator: ", ")
            throw NeuralNetError("unknown architecture \"\(name)\"; known: \(known)")
        }
        return try convNet(
            inputShape: inputShape, classCount: classCount, width: variant.width, depth: variant.depth,
            norm: variant.norm, activation: variant.activation, pooling: variant.pooling, name: name)
    }

    /// Every name `named(_:inputShape:classCount:)` knows, ConvNet variants first.
    public static var architectureNames: [String] {
        convNetVariants.keys.sorted() + ["MLP", "LeNet", "AlexNet", "AlexNetBN", "VGG11", "VGG11BN", "ResNet18", "ResNet18BN"]
    }

    /// The cross-architecture evaluation pool `M` of the reference code (`get_eval_pool`).
    public static let crossArchitecturePool = ["MLP", "ConvNet", "LeNet", "AlexNet", "VGG11", "ResNet18"]

    /// The batch-norm pool `B` of the reference code, used for DM's cross-architecture tables.
    public static let batchNormPool = ["ConvNetBN", "ConvNetASwishBN", "AlexNetBN", "VGG11BN", "ResNet18BN"]

    /// The options of one named ConvNet variant.
    private struct ConvNetVariant {
        var width = 128, depth = 3
        var norm = Norm.instance
        var activation = Activation.relu
        var pooling = Pooling.average
    }

    /// The ConvNet variants by name, as the reference's `get_network` configures them.
    private static let convNetVariants: [String: ConvNetVariant] = {
        var table: [String: ConvNetVariant] = ["ConvNet": ConvNetVariant()]
        for depth in 1...8 { table["ConvNetD\(depth)"] = ConvNetVariant(depth: depth) }
        for width in [32, 64, 128, 256] { table["ConvNetW\(width)"] = ConvNetVariant(width: width) }
        table["ConvNetBN"] = ConvNetVariant(norm: .batch)
        table["ConvNetLN"] = ConvNetVariant(norm: .layer)
        table["ConvNetGN"] = ConvNetVariant(norm: .group)
        table["ConvNetNN"] = ConvNetVariant(norm: .none)
        table["ConvNetMP"] = ConvNetVariant(pooling: .max)
        table["ConvNetNP"] = ConvNetVariant(pooling: .none)
        table["ConvNetAS"] = ConvNetVariant(activation: .sigmoid)
        table["ConvNetAL"] = ConvNetVariant(activation: .leakyRelu)
        table["ConvNetASwish"] = ConvNetVariant(activation: .swish)
        table["ConvNetASwishBN"] = ConvNetVariant(norm: .batch, activation: .swish)
        table["ConvNetKIP"] = ConvNetVariant(width: 1024, norm: .none)
        return table
    }()
}
