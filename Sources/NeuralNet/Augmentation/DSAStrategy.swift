/// One token of a DSA strategy string; each names the operations it applies
/// (the reference's `AUGMENT_FNS`, METHODS.md §3).
public enum DSAOperation: String, Sendable, CaseIterable {
    /// Brightness, then saturation (a no-op for one channel), then contrast: one token.
    case color
    /// An integer translation with zeros shifted in.
    case crop
    /// A zeroed square.
    case cutout
    /// A horizontal flip.
    case flip
    /// An anisotropic scale by bilinear grid sampling.
    case scale
    /// A rotation by bilinear grid sampling.
    case rotate
}

/// The operations of a DSA strategy string such as `color_crop_cutout_flip_scale_rotate`: the
/// string split on `_`, each token one `DSAOperation`, in order (repeats allowed, as in the
/// reference, where they weigh the draw of mode S). `none` is the empty strategy.
public struct DSAStrategy: Sendable, Equatable, CustomStringConvertible {
    /// The tokens, in the order of the string.
    public let operations: [DSAOperation]

    /// DSA's, DM's and MTT's strategy for Fashion-MNIST and CIFAR.
    public static let reference = DSAStrategy(operations: [.color, .crop, .cutout, .flip, .scale, .rotate])
    /// DSA's strategy for MNIST and SVHN, where flips hurt digits.
    public static let digits = DSAStrategy(operations: [.color, .crop, .cutout, .scale, .rotate])
    /// IDC's and DREAM's matching strategy.
    public static let idc = DSAStrategy(operations: [.color, .crop, .cutout])
    /// No augmentation.
    public static let none = DSAStrategy(operations: [])

    /// A strategy of the given tokens.
    public init(operations: [DSAOperation]) {
        self.operations = operations
    }

    /// Parses a strategy string: tokens separated by `_`, or `none` (any case) for none.
    /// - Throws: for an empty string, an empty token, or an unknown token; the message lists the
    ///   known tokens.
    public init(_ text: String) throws {
        self.init(operations: try parseStrategy(text, what: "DSA", example: "color_crop_cutout_flip_scale_rotate") {
            $0 == "noise" ? "'noise' belongs to DC's non-differentiable augmentation, DCAugmentation" : nil
        })
    }

    /// The strategy string: the tokens joined by `_`, or `none`.
    public var description: String { strategyString(operations) }
}
