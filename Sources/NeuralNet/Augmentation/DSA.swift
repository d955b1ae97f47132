import TensorCore

/// Differentiable siamese augmentation (Zhao & Bilen 2021; METHODS.md §3): a strategy of
/// operations and the ranges their parameters are drawn from.
///
/// Two uses:
/// - **Siamese** (distillation, matching real against synthetic): `siamese(_:using:)`, or
///   `draw(height:width:batch: nil, using:)` once and apply the drawn `DSATransform` to both
///   batches. One parameter set is drawn and shared by every image of every batch (the
///   reference broadcasts sample 0).
/// - **Per image** (training networks on synthetic data, the DSA evaluation protocol):
///   `callAsFunction(_:using:)`, or `batchAugmentation` for `train`, with parameters drawn
///   independently for each image.
///
/// In mode S (the default) each call draws one token of the strategy uniformly and applies only
/// its operations; in mode M it applies every token in order. The output is differentiable in
/// the images to any order (every operation is linear in them given its parameters).
public struct DSA: ImageAugmentation, Sendable, Equatable {
    /// The tokens to draw from (mode S) or apply in order (mode M).
    public var strategy: DSAStrategy
    /// The mode and the parameter ranges (`ParamDiffAug`).
    public var parameters: DSAParameters

    /// An augmentation with the reference strategy and parameters unless others are given.
    public init(strategy: DSAStrategy = .reference, parameters: DSAParameters = DSAParameters()) {
        self.strategy = strategy
        self.parameters = parameters
    }

    /// An augmentation of a strategy string such as `color_crop_cutout_flip_scale_rotate`.
    /// - Throws: when the string has an unknown or empty token.
    public init(_ strategy: String, parameters: DSAParameters = DSAParameters()) throws {
        self.init(strategy: try DSAStrategy(strategy), parameters: parameters)
    }

    /// A transform drawn for images of `height × width`: the steps of one call (one token in mode
    /// S, all in mode M) with parameters for `batch` images, or shared by every image of any
    /// batch when `batch` is nil (siamese).
    /// - Throws: when a size is below 1 or the parameter ranges are unusable.
    public func draw(height: Int, width: Int, batch: Int? = nil, using generator: inout SeededGenerator) throws -> DSATransform {
        guard height >= 1, width >= 1, (batch ?? 1) >= 1 else {
            throw NeuralNetError("DSA draw: need images of at least 1×1 and a batch of at least 1, got \(height)×\(width), batch \(batch ?? 1)")
        }
        try parameters.validate()
        let operations = strategy.operations
        guard !operations.isEmpty else { return .identity }
        let chosen = parameters.mode == .single ? [operations[generator.below(operations.count)]] : operations
        return DSATransform(steps: chosen.map {
            DSAStep.draw($0, parameters: parameters, count: batch ?? 1, height: height, width: width, using: &generator)
        })
    }

    /// A siamese transform drawn from `seed` alone, for images of `height × width`: the same
    /// seed gives the same transform.
    public func draw(height: Int, width: Int, seed: UInt64) throws -> DSATransform {
        var generator = SeededGenerator(seed: seed)
        return try draw(height: height, width: width, using: &generator)
    }

    /// `images` `[N, C, H, W]` with a transform drawn for them, with independent parameters per
    /// image (the reference's `seed = −1`).
    /// - Throws: when the images are not NCHW.
    public func callAsFunction(_ images: Tensor, using generator: inout SeededGenerator) throws -> Tensor {
        try NeuralNetError.checkImages(images.shape, op: "DSA")
        let (n, h, w) = (images.shape[0], images.shape[2], images.shape[3])
        return try draw(height: h, width: w, batch: n, using: &generator).apply(to: images)
    }

    /// The batches (for instance a real and a synthetic batch) with one shared transform: the
    /// same operation and the same parameters for every image of every batch.
    /// - Throws: when a batch is not NCHW or the batches' images differ in height or width.
    public func siamese(_ batches: [Tensor], using generator: inout SeededGenerator) throws -> [Tensor] {
        guard let first = batches.first else { return [] }
        for batch in batches {
            try NeuralNetError.checkImages(batch.shape, op: "DSA siamese")
            guard batch.shape[2...] == first.shape[2...] else {
                throw NeuralNetError(
                    "DSA siamese: the batches' images differ in size (\(first.shape) and \(batch.shape)); "
                        + "siamese augmentation shares pixel offsets, so give images of one height and width")
            }
        }
        let transform = try draw(height: first.shape[2], width: first.shape[3], using: &generator)
        return try batches.map { try transform.apply(to: $0) }
    }
}
