import TensorCore

/// A mixture of isotropic Gaussian classes, for quick tests of training, selection and
/// distillation: class k's samples are `centre_k + noise · z`, z ~ N(0, I).
///
/// Samples have any shape: `[d]` for blobs in d dimensions, `[C, H, W]` for tiny images.
/// The centres are drawn once, `centre_k = separation / √(2d) · N(0, I_d)` with d the number
/// of values per sample, so the expected squared distance between two centres is
/// `separation²`; two classes are then confused by the Bayes classifier with probability
/// about Φ(−separation / (2·noise)) (≈ 7% for the defaults 3 and 1).
/// Draw a training set and a test set from the same mixture with two `sample` calls.
public struct GaussianMixture {
    /// The class centres, `[classCount, sampleShape...]`.
    public let centres: Tensor
    /// The standard deviation of every value around its class centre.
    public let noise: Float

    /// A mixture with centres drawn from `generator`.
    /// - Parameters:
    ///   - sampleShape: the shape of one sample, e.g. `[2]` or `[1, 8, 8]`; every size ≥ 1.
    ///   - separation: the root-mean-square distance between two class centres.
    ///   - noise: the standard deviation of each value around its centre.
    /// - Throws: when `classCount` < 1, a size is < 1, or `separation`/`noise` is negative.
    public init(
        classCount: Int, sampleShape: [Int], separation: Float = 3, noise: Float = 1,
        using generator: inout some RandomNumberGenerator
    ) throws {
        guard classCount >= 1, !sampleShape.isEmpty, sampleShape.allSatisfy({ $0 >= 1 }) else {
            throw DatasetError(
                "GaussianMixture: needs at least one class and a sample shape of sizes ≥ 1 "
                    + "(got \(classCount) classes, sample shape \(sampleShape))")
        }
        guard separation >= 0, noise >= 0, separation.isFinite, noise.isFinite else {
            throw DatasetError("GaussianMixture: separation \(separation) and noise \(noise) must be finite and ≥ 0")
        }
        let dimension = Shape.count(sampleShape)
        let scale = separation / (2 * Float(dimension)).squareRoot()
        let draws = Sampling.standardNormals(classCount * dimension, using: &generator)
        self.centres = try Tensor(shape: [classCount] + sampleShape, scalars: draws.map { $0 * scale })
        self.noise = noise
    }

    /// The number of classes.
    public var classCount: Int { centres.shape[0] }

    /// The shape of one sample.
    public var sampleShape: [Int] { Array(centres.shape.dropFirst()) }

    /// `perClass` fresh samples of every class, grouped by class (class 0's first), as a set
    /// with classes named `"0"`, `"1"`, … and the identity normalisation.
    /// Cost: `classCount · perClass · d` normal draws.
    /// - Throws: when `perClass` is negative.
    public func sample(perClass: Int, using generator: inout some RandomNumberGenerator) throws -> LabeledSet {
        guard perClass >= 0 else {
            throw DatasetError("GaussianMixture.sample: perClass must be at least 0, got \(perClass)")
        }
        let dimension = Shape.count(sampleShape)
        let draws = Sampling.standardNormals(classCount * perClass * dimension, using: &generator)
        let images = centres.withUnsafeBufferPointer { centre in
            Tensor.build([classCount * perClass] + sampleShape) { out in
                for i in 0..<out.count {
                    let k = i / (perClass * dimension)
                    out[i] = centre[k * dimension + i % dimension] + noise * draws[i]
                }
            }
        }
        let labels = (0..<classCount).flatMap { repeatElement($0, count: perClass) }
        return try LabeledSet(images: images, labels: labels, classCount: classCount)
    }
}
