/// How close a computed value must be to its reference: `|actual - expected| <= absolute +
/// relative * |expected|` (the rule of NumPy's `isclose`). Two nans, or two equal infinities,
/// count as equal.
public struct Tolerance: CustomStringConvertible, Sendable {
    /// The absolute part of the bound.
    public var absolute: Double
    /// The part of the bound proportional to the expected value.
    public var relative: Double

    /// A tolerance from its two parts.
    public init(absolute: Double, relative: Double) {
        self.absolute = absolute
        self.relative = relative
    }

    /// Float32 forward values against a Double reference: a few units in the last place of a
    /// Float (2^-23 ≈ 1.2e-7) for a single rounding, with room for sums of a few hundred terms.
    public static let forward = Tolerance(absolute: 1e-5, relative: 1e-5)

    /// First-order gradients against central differences of a Float32 function with step 1e-3:
    /// the difference quotient carries about eps·|f|/h ≈ 1e-4·|f| of rounding noise per output
    /// it touches, and h² of truncation error, so the bound is 1e-3 absolute plus 1% relative.
    public static let firstOrder = Tolerance(absolute: 1e-3, relative: 1e-2)

    /// Second-order gradients against central differences of first-order gradients (step
    /// 1e-2): each gradient evaluation already carries Float rounding, so the bound is looser.
    public static let secondOrder = Tolerance(absolute: 5e-3, relative: 2e-2)

    /// Whether `actual` is close enough to `expected`.
    public func accepts(_ actual: Double, _ expected: Double) -> Bool {
        if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
        if actual.isInfinite || expected.isInfinite { return actual == expected }
        return Swift.abs(actual - expected) <= absolute + relative * Swift.abs(expected)
    }

    /// The bound in words, for failure messages.
    public var description: String { "absolute \(absolute) + relative \(relative)" }
}
