import TensorCore

/// A random transformation of a batch of images `[N, C, H, W]` that returns images of the same
/// shape, drawing its randomness from an explicit generator: DSA per image, the plain crop and
/// flip, DC's augmentation.
public protocol ImageAugmentation {
    /// `images` transformed with randomness from `generator`.
    func callAsFunction(_ images: Tensor, using generator: inout SeededGenerator) throws -> Tensor
}

extension ImageAugmentation {
    /// This augmentation as the per-batch closure that `train` and `EvaluationProtocol` take
    /// (NeuralNet's `BatchAugmentation`).
    public var batchAugmentation: (_ images: Tensor, _ generator: inout SeededGenerator) throws -> Tensor {
        { images, generator in try self(images, using: &generator) }
    }
}
