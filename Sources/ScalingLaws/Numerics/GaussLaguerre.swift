import Foundation

/// An n-point Gauss–Laguerre rule: ∫₀^∞ e^{−x} g(x) dx ≈ Σ wᵢ g(xᵢ), exact for polynomial g of
/// degree ≤ 2n − 1.
///
/// Nodes are the roots of the Laguerre polynomial Lₙ, found by Newton's method from the
/// asymptotic starting guesses of Numerical Recipes (`gaulag`) with Lₙ evaluated by its
/// three-term recurrence; weights are xᵢ / ((n + 1)² Lₙ₊₁(xᵢ)²). Orders up to ~150 are
/// accurate (weights underflow beyond that, which is harmless). Construction costs O(n²).
public struct GaussLaguerre: Sendable {
    /// Nodes on (0, ∞), ascending.
    public let nodes: [Double]
    /// Weights matching `nodes`; they sum to 1 (= ∫₀^∞ e^{−x} dx).
    public let weights: [Double]

    /// The number of points n.
    public var order: Int { nodes.count }

    /// Builds the n-point rule. Throws for n < 1 or n > 150, or when Newton fails.
    public init(order n: Int) throws {
        guard n >= 1, n <= 150 else {
            throw ScalingLawError.invalid("Gauss–Laguerre: order \(n) must be in 1...150")
        }
        var x = [Double](repeating: 0, count: n)
        var w = [Double](repeating: 0, count: n)
        let nd = Double(n)
        var z = 0.0
        for i in 0..<n {
            if i == 0 {
                z = 3.0 / (1.0 + 2.4 * nd)
            } else if i == 1 {
                z += 15.0 / (1.0 + 2.5 * nd)
            } else {
                let ai = Double(i - 1)
                z += ((1.0 + 2.55 * ai) / (1.9 * ai)) * (z - x[i - 2])
            }
            var converged = false
            for _ in 0..<200 {
                let (p, dp) = GaussLaguerre.laguerre(n, z)
                let step = p / dp
                z -= step
                if abs(step) <= 1e-14 * max(1, abs(z)) {
                    converged = true
                    break
                }
            }
            guard converged, z > 0, i == 0 || z > x[i - 1] else {
                throw ScalingLawError(.noConvergence, "Gauss–Laguerre: Newton did not find root \(i) of L\(n)")
            }
            x[i] = z
            let next = GaussLaguerre.laguerre(n + 1, z).value
            w[i] = z / (Double((n + 1) * (n + 1)) * next * next)
        }
        nodes = x
        weights = w
    }

    /// Lₙ(x) and Lₙ′(x) by the recurrence (k+1)Lₖ₊₁ = (2k+1−x)Lₖ − kLₖ₋₁.
    static func laguerre(_ n: Int, _ x: Double) -> (value: Double, derivative: Double) {
        var p0 = 1.0
        var p1 = 1.0 - x
        if n == 0 { return (1, 0) }
        for k in 1..<n {
            let p2 = ((Double(2 * k + 1) - x) * p1 - Double(k) * p0) / Double(k + 1)
            p0 = p1
            p1 = p2
        }
        return (p1, Double(n) * (p1 - p0) / x)
    }

    /// ∫₀^∞ e^{−x} g(x) dx.
    public func integrate(_ g: (Double) -> Double) -> Double {
        var sum = 0.0
        for i in 0..<nodes.count { sum += weights[i] * g(nodes[i]) }
        return sum
    }
}
