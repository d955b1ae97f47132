import NeuralNet
import TensorCore

/// What the ConvNet workloads (1–5) share: the model, seeded parameters, the data sizes of the
/// matching methods, and the result line.
enum ConvNetSetup {
    /// Classes of Fashion-MNIST.
    static let classes = 10
    /// Synthetic images per class in the matching workloads.
    static let imagesPerClass = 10
    /// Real images per class in the matching workloads.
    static let realPerClass = 256

    /// The reference ConvNet-3: width 128, instance norm, ReLU, average pooling, on 1×28×28.
    static func model() throws -> Network {
        try Network.convNet(inputShape: [1, 28, 28], classCount: classes)
    }

    /// Fresh parameters of `model` (PyTorch's default initialisation) from `seed`.
    static func parameters(_ model: Network, seed: UInt64) throws -> Parameters {
        var generator = SeededGenerator(seed: seed)
        return try model.initialParameters(using: &generator)
    }

    /// Rows `c·size ..< (c+1)·size` of a class-sorted batch.
    static func classSlice(_ images: Tensor, _ c: Int, size: Int) throws -> Tensor {
        try images.slice(axis: 0, c * size..<(c + 1) * size)
    }

    /// The result line, then images per second when the workload has a batch.
    static func report(_ name: String, _ sample: Timing.Sample, flops: Double, images: Int? = nil) {
        Timing.report(name, sample, flops: flops)
        if let images { print(String(format: "  %.0f images/s", Double(images) / sample.wall)) }
    }
}
