import TensorCore

/// The plain augmentation of real images: a random crop of the image padded by `padding` pixels,
/// then a horizontal flip with probability `flipProbability`, per image (torchvision's
/// `RandomCrop(size, padding: 4)` + `RandomHorizontalFlip()`, which SelMatch applies to its
/// selected real images; METHODS.md §8).
///
/// The crop offset is uniform in `0...2·padding` along each axis, that is a translation by
/// `−padding...padding` pixels; pixels from the padding read `fill`. torchvision pads before
/// normalising, with black; on normalised images the default fill 0 is the dataset mean, and
/// black is `−mean/std` (−0.8105 for Fashion-MNIST) if parity with that pipeline is wanted.
/// One direct kernel and one graph node per batch; differentiable in the images.
public struct CropFlipAugmentation: ImageAugmentation, Sendable, Equatable {
    /// Pixels of padding on each side; 4.
    public var padding: Int
    /// The probability of a horizontal flip; 0.5.
    public var flipProbability: Float
    /// The value of padded pixels, in the images' (normalised) units; 0.
    public var fill: Float

    /// The augmentation with the given settings (torchvision's defaults with padding 4).
    public init(padding: Int = 4, flipProbability: Float = 0.5, fill: Float = 0) {
        self.padding = padding
        self.flipProbability = flipProbability
        self.fill = fill
    }

    /// `images` `[N, C, H, W]` each cropped and flipped with its own random draw.
    /// - Throws: when the images are not NCHW or the settings are out of range.
    public func callAsFunction(_ images: Tensor, using generator: inout SeededGenerator) throws -> Tensor {
        try NeuralNetError.checkImages(images.shape, op: "crop-flip augmentation")
        guard padding >= 0, (0...1).contains(flipProbability), fill.isFinite else {
            throw NeuralNetError(
                "crop-flip augmentation: need padding ≥ 0, a flip probability in [0, 1] and a finite fill; "
                    + "got \(padding), \(flipProbability), \(fill)")
        }
        let n = images.shape[0]
        var rows: [Int] = [], columns: [Int] = [], mirrored: [Bool] = []
        for _ in 0..<n {
            rows.append(generator.below(2 * padding + 1) - padding)
            columns.append(generator.below(2 * padding + 1) - padding)
            mirrored.append(generator.uniformFloat() < flipProbability)
        }
        return try images.shiftedPixels(PixelShift(rows: rows, columns: columns, mirrored: mirrored), fill: [fill])
    }
}
