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

    /// Maps pixel values in [0, 1] to normalised values: `(images − mean) / std`.
    ///
    /// `images`: `[N, C, ...]` (or any shape when there is one mean/std pair). Built from
    /// TensorCore's broadcasting arithmetic, so it is differentiable with respect to `images`
    /// (IDC-style methods keep synthetic images in pixel space and normalise them inside the
    /// training step). Cost: two passes over the values.
    /// - Throws: when there are several channels in this normalisation and axis 1 does not match.
    public func normalize(_ images: Tensor) throws -> Tensor {
        let (mean, std) = try channelTensors(for: images, op: "normalize")
        return try (images - mean) / std
    }

    /// Maps normalised values back to pixel values, `images · std + mean` (nominally in [0, 1];
    /// not clamped). Same shapes, cost and differentiability as `normalize`; use it to plot.
    public func denormalize(_ images: Tensor) throws -> Tensor {
        let (mean, std) = try channelTensors(for: images, op: "denormalize")
        return try images * std + mean
    }

    /// The means and stds shaped to broadcast over `images`: `[]` for one pair, else
    /// `[1, C, 1, …]` with the rank of `images`.
    private func channelTensors(for images: Tensor, op: String) throws -> (mean: Tensor, std: Tensor) {
        guard mean.count > 1 else { return (Tensor(mean[0]), Tensor(std[0])) }
        guard images.rank >= 2, images.shape[1] == mean.count else {
            throw DatasetError(
                "Normalization.\(op): images of shape \(images.shape) do not have \(mean.count) channels "
                    + "on axis 1 ([N, C, H, W]) as this normalisation does")
        }
        let shape = [1, mean.count] + [Int](repeating: 1, count: images.rank - 2)
        return (try Tensor(shape: shape, scalars: mean), try Tensor(shape: shape, scalars: std))
    }
}
