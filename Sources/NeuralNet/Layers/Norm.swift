/// The normalisation a network puts after each convolution, by the reference code's names
/// (METHODS §1): `instancenorm` (the default), `batchnorm`, `layernorm`, `groupnorm`, `none`.
public enum Norm: String, NamedOption, Sendable {
    /// GroupNorm(C, C) with affine parameters; no running statistics.
    case instance = "instancenorm"
    /// BatchNorm2d with running statistics (kept in `ModelState`).
    case batch = "batchnorm"
    /// LayerNorm over `[C, H, W]` with elementwise affine parameters of that shape.
    case layer = "layernorm"
    /// GroupNorm(4, C).
    case group = "groupnorm"
    /// No normalisation.
    case none = "none"

    /// For messages: what this option is.
    public static let optionKind = "normalisation"

    /// The layer for features of shape `[channels, height, width]`, or nil for `.none`.
    /// - Throws: for `.group` when 4 does not divide `channels`, or when `channels` is not positive.
    public func layer(channels: Int, height: Int, width: Int) throws -> (any Layer)? {
        switch self {
        case .instance: return try GroupNorm.instance(channels: channels)
        case .batch: return BatchNorm(channels: channels)
        case .layer: return LayerNorm([channels, height, width])
        case .group: return try GroupNorm(groups: 4, channels: channels)
        case .none: return nil
        }
    }
}
