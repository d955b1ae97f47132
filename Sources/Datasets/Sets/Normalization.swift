import TensorCore

/// The per-channel affine map from pixel values in [0, 1] to the space networks see:
/// `x̂ = (x − mean[c]) / std[c]` (torchvision's `Normalize`; METHODS.md §2).
///
/// Real images and the synthetic images of DC/DSA/DM/MTT live in normalised space; a set records
/// the normalisation it lives in so that figures can map it back to pixels with `denormalize`.
/// One mean/std pair applies to every channel; otherwise there is one pair per channel (axis 1
/// of `[N, C, H, W]`).
public struct Normalization: Equatable, Sendable, Codable {
    /// The mean of each channel, in pixel units ([0, 1]).
    public let mean: [Float]
    /// The standard deviation of each channel, in pixel units; every value is positive.
    public let std: [Float]

    /// A normalisation with one mean and standard deviation per channel.
    /// - Throws: when the lists are empty, differ in length, or a std is not positive and finite.
    public init(mean: [Float], std: [Float]) throws {
        guard !mean.isEmpty, mean.count == std.count else {
            throw DatasetError(
                "Normalization: give one mean and one std per channel (got \(mean.count) means and \(std.count) stds)")
        }
        guard std.allSatisfy({ $0 > 0 && $0.isFinite }), mean.allSatisfy(\.isFinite) else {
            throw DatasetError("Normalization: std \(std) must be positive and mean \(mean) finite")
        }
        self.mean = mean
        self.std = std
    }

    private enum CodingKeys: String, CodingKey {
        case mean, std
    }

    /// Decodes `{"mean": [...], "std": [...]}`, with the checks of `init(mean:std:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(mean: container.decode([Float].self, forKey: .mean), std: container.decode([Float].self, forKey: .std))
    }

    /// The constants of the reference tables, known to be valid.
    private init(constantMean mean: [Float], std: [Float]) {
        self.mean = mean
        self.std = std
    }

    /// No change: mean 0, std 1 (pixels stay in [0, 1], or data is not images at all).
    public static let identity = Normalization(constantMean: [0], std: [1])

    /// Fashion-MNIST: mean 0.2861, std 0.3530 (METHODS.md §2, from the DC reference code).
    public static let fashionMNIST = Normalization(constantMean: [0.2861], std: [0.3530])

    /// Maps pixel values in [0, 1] to normalised values.
    ///
    /// `images`: `[N, C, ...]` (or any shape when there is one mean/std pair). The result is a
    /// constant (not recorded for autodiff). Cost: one pass over the values.
    /// - Throws: when there are several channels in this normalisation and axis 1 does not match.
    public func normalize(_ images: Tensor) throws -> Tensor {
        try apply(to: images, op: "normalize", scale: std.map { 1 / $0 }, shift: zip(mean, std).map { -$0 / $1 })
    }

    /// Maps normalised values back to pixel values (nominally in [0, 1]; not clamped).
    ///
    /// Same shapes, cost and constancy as `normalize`; use it to plot images of a set.
    public func denormalize(_ images: Tensor) throws -> Tensor {
        try apply(to: images, op: "denormalize", scale: std, shift: mean)
    }

    /// `scale[c]·x + shift[c]` over the channels of `images`.
    private func apply(to images: Tensor, op: String, scale: [Float], shift: [Float]) throws -> Tensor {
        let channels = scale.count
        if channels > 1 {
            guard images.rank >= 2, images.shape[1] == channels else {
                throw DatasetError(
                    "Normalization.\(op): images of shape \(images.shape) do not have \(channels) channels "
                        + "on axis 1 ([N, C, H, W]) as this normalisation does")
            }
        }
        let perChannel = channels == 1 ? images.count : Shape.count(Array(images.shape.dropFirst(2)))
        return images.withUnsafeBufferPointer { x in
            Tensor.build(images.shape) { y in
                guard perChannel > 0 else { return }
                for start in stride(from: 0, to: x.count, by: perChannel) {
                    let c = (start / perChannel) % channels
                    let (a, b) = (scale[c], shift[c])
                    for i in start..<start + perChannel { y[i] = a * x[i] + b }
                }
            }
        }
    }
}
