import TensorCore

/// A drawn DSA transform: the steps chosen for one call and their parameters, as a value.
///
/// DSA's siamese idea (METHODS.md §3, "Swift recipe"): draw one transform with shared
/// parameters and apply it to both the real and the synthetic batch, so both get the same
/// operation and the same parameters. Applying the same transform twice to the same images
/// gives identical tensors.
public struct DSATransform: Sendable, Equatable {
    /// The steps, applied in order (one in mode S, every token of the strategy in mode M).
    public var steps: [DSAStep]

    /// A transform of the given steps.
    public init(steps: [DSAStep]) {
        self.steps = steps
    }

    /// The transform that changes nothing (strategy `none`).
    public static let identity = DSATransform(steps: [])

    /// Whether every step's parameters are shared by the whole batch (siamese), so that the
    /// transform applies to batches of any size.
    public var isShared: Bool {
        steps.allSatisfy { (try? $0.sampleCount()) == 1 }
    }

    /// The steps applied in order to `images` `[N, C, H, W]` (normalised); differentiable in the
    /// images to any order.
    /// - Throws: when the images are not NCHW, or per-image parameters were drawn for a batch of
    ///   another size.
    public func apply(to images: Tensor) throws -> Tensor {
        try NeuralNetError.checkImages(images.shape, op: "DSA")
        var x = images
        for step in steps { x = try step.apply(to: x) }
        return x
    }

    /// Same as `apply(to:)`.
    public func callAsFunction(_ images: Tensor) throws -> Tensor {
        try apply(to: images)
    }
}
