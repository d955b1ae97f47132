import Foundation

/// Moments of the ramp (a − b z)₊ for z ~ N(0, 1): the closed-form inner integrals of the theory.
///
/// METHODS.md §15 calls them G₁ and G₂:
/// - `first(a, b)`  = G₁(a, b) = E[(a − bz)₊]  = a Φ(a/b) + b φ(a/b)
/// - `second(a, b)` = G₂(a, b) = E[(a − bz)₊²] = (a² + b²) Φ(a/b) + a b φ(a/b)
/// - `step(a, b)`   = P(a − bz > 0)             = Φ(a/b)
///
/// Their derivatives close the family: ∂G₂/∂a = 2G₁, ∂G₂/∂b = 2bΦ(a/b), ∂G₁/∂a = Φ(a/b).
/// At b = 0 they reduce to (a)₊, (a)₊² and 1(a > 0). b must be ≥ 0.
public enum GaussianRamp {
    /// G₁(a, b) = E[(a − bz)₊].
    @inlinable
    public static func first(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return max(a, 0) }
        let x = a / b
        return a * Gaussian.cdf(x) + b * Gaussian.pdf(x)
    }

    /// G₂(a, b) = E[(a − bz)₊²].
    @inlinable
    public static func second(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return a > 0 ? a * a : 0 }
        let x = a / b
        return (a * a + b * b) * Gaussian.cdf(x) + a * b * Gaussian.pdf(x)
    }

    /// Φ(a/b) = P(a − bz > 0).
    @inlinable
    public static func step(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return a > 0 ? 1 : 0 }
        return Gaussian.cdf(a / b)
    }

    /// G₁, G₂ and Φ(a/b) at once, sharing one `erfc` and one `exp` (the hot path of the theory).
    @inlinable
    public static func all(_ a: Double, _ b: Double) -> (first: Double, second: Double, step: Double) {
        if b == 0 { return a > 0 ? (a, a * a, 1) : (0, 0, 0) }
        let x = a / b
        let cdf = Gaussian.cdf(x)
        let pdf = Gaussian.pdf(x)
        return (a * cdf + b * pdf, (a * a + b * b) * cdf + a * b * pdf, cdf)
    }
}
