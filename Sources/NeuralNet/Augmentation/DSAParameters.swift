/// How DSA picks the operations of a strategy on each call (METHODS.md §3, `aug_mode`).
public enum DSAMode: String, Sendable, CaseIterable {
    /// `S`, the default everywhere: one token of the strategy, drawn uniformly per call (that is,
    /// per batch), and only that token's operations are applied.
    case single = "S"
    /// `M`: every token of the strategy, in order.
    case multiple = "M"
}

/// The ranges DSA draws its random parameters from: the reference's `ParamDiffAug`, whose
/// defaults (METHODS.md §3 "Defaults") are those of `DSAParameters()`.
///
/// Every range is stated per operation, with `U` a uniform draw from [0, 1):
/// - brightness adds `(U − 0.5) · brightness`;
/// - saturation scales the deviation from the per-pixel channel mean by `U · saturation`;
/// - contrast scales the deviation from the image mean by `U + contrast`;
/// - crop translates by whole pixels in `[−s, s]`, `s = Int(size · cropPadRatio + 0.5)`;
/// - cutout zeroes a square of side `Int(size · cutoutRatio + 0.5)`;
/// - flip mirrors the width axis with probability `flipProbability`;
/// - scale stretches each axis by `U · (r − 1/r) + 1/r`, `r = scaleRatio`;
/// - rotate turns by `(U − 0.5) · 2 · rotateDegrees` degrees.
public struct DSAParameters: Sendable, Equatable {
    /// Single (`S`) or multiple (`M`) operations per call; `.single` by default.
    public var mode: DSAMode
    /// The probability of a horizontal flip; 0.5.
    public var flipProbability: Float
    /// The largest scale factor r (the smallest is 1/r); 1.2.
    public var scaleRatio: Float
    /// The largest rotation, in degrees either way; 15.
    public var rotateDegrees: Float
    /// The largest translation as a fraction of the image side; 0.125 (4 pixels at 28 and 32).
    public var cropPadRatio: Float
    /// The cutout square's side as a fraction of the image side; 0.5 (14 at 28, 16 at 32).
    public var cutoutRatio: Float
    /// The width of the brightness shift; 1.0 (shifts in [−0.5, 0.5)).
    public var brightness: Float
    /// The largest saturation factor; 2.0 (factors in [0, 2)).
    public var saturation: Float
    /// The smallest contrast factor; 0.5 (factors in [0.5, 1.5)).
    public var contrast: Float

    /// The reference ranges, or others.
    public init(
        mode: DSAMode = .single, flipProbability: Float = 0.5, scaleRatio: Float = 1.2, rotateDegrees: Float = 15,
        cropPadRatio: Float = 0.125, cutoutRatio: Float = 0.5, brightness: Float = 1, saturation: Float = 2,
        contrast: Float = 0.5
    ) {
        self.mode = mode
        self.flipProbability = flipProbability
        self.scaleRatio = scaleRatio
        self.rotateDegrees = rotateDegrees
        self.cropPadRatio = cropPadRatio
        self.cutoutRatio = cutoutRatio
        self.brightness = brightness
        self.saturation = saturation
        self.contrast = contrast
    }

    /// The largest translation in pixels along an axis of `size` pixels:
    /// `Int(size · cropPadRatio + 0.5)` (4 for 28 and 32 with the default ratio).
    public func cropShift(size: Int) -> Int {
        Int(Float(size) * cropPadRatio + 0.5)
    }

    /// The cutout square's side in pixels along an axis of `size` pixels:
    /// `Int(size · cutoutRatio + 0.5)` (14 for 28, 16 for 32 with the default ratio).
    public func cutoutSide(size: Int) -> Int {
        Int(Float(size) * cutoutRatio + 0.5)
    }

    /// Throws unless every range is usable (finite; probability in [0, 1]; ratios positive and
    /// not negative where a size comes from them).
    func validate() throws {
        let values = [flipProbability, scaleRatio, rotateDegrees, cropPadRatio, cutoutRatio, brightness, saturation, contrast]
        guard values.allSatisfy(\.isFinite), (0...1).contains(flipProbability), scaleRatio > 0,
            cropPadRatio >= 0, cutoutRatio >= 0
        else {
            throw NeuralNetError(
                "DSA parameters: need finite values, a flip probability in [0, 1], a positive scale ratio and "
                    + "non-negative crop and cutout ratios; got \(self)")
        }
    }
}
