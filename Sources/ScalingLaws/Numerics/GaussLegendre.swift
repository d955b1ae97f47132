import Foundation

/// An n-point Gauss–Legendre rule: exact for polynomials of degree ≤ 2n − 1 on a finite interval.
///
/// Nodes are the roots of the Legendre polynomial Pₙ, found by Newton's method from the
/// Tricomi-type starting guess cos(π(i − ¼)/(n + ½)) with Pₙ evaluated by its three-term
/// recurrence; weights are 2/((1 − x²) Pₙ′(x)²). Nodes are accurate to ~1e-15 for any order
/// up to a few thousand. Construction costs O(n²); build a rule once and reuse it.
public struct GaussLegendre: Sendable {
    /// Nodes on [−1, 1], ascending.
    public let nodes: [Double]
    /// Weights matching `nodes`; they sum to 2.
    public let weights: [Double]

    /// The number of points n.
    public var order: Int { nodes.count }

    /// Builds the n-point rule. Throws for n < 1 or when Newton fails to converge (it does not
    /// for n ≤ 10,000).
    public init(order n: Int) throws {
        guard n >= 1 else { throw ScalingLawError.invalid("Gauss–Legendre: order \(n) must be at least 1") }
        var x = [Double](repeating: 0, count: n)
        var w = [Double](repeating: 0, count: n)
        let m = (n + 1) / 2
        for i in 0..<m {
            var z = cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 0.0
            var converged = false
            for _ in 0..<100 {
                let (p, dp) = GaussLegendre.legendre(n, z)
                derivative = dp
                let step = p / dp
                z -= step
                if abs(step) <= 1e-15 * max(1, abs(z)) {
                    converged = true
                    break
                }
            }
            guard converged else {
                throw ScalingLawError(.noConvergence, "Gauss–Legendre: Newton did not find root \(i) of P\(n)")
            }
            derivative = GaussLegendre.legendre(n, z).derivative
            let weight = 2 / ((1 - z * z) * derivative * derivative)
            x[i] = -z
            x[n - 1 - i] = z
            w[i] = weight
            w[n - 1 - i] = weight
        }
        if n % 2 == 1 { x[n / 2] = 0 }
        nodes = x
        weights = w
    }

    /// Pₙ(x) and Pₙ′(x) by the recurrence (k+1)Pₖ₊₁ = (2k+1)xPₖ − kPₖ₋₁.
    static func legendre(_ n: Int, _ x: Double) -> (value: Double, derivative: Double) {
        var p0 = 1.0
        var p1 = x
        if n == 0 { return (1, 0) }
        for k in 1..<n {
            let p2 = (Double(2 * k + 1) * x * p1 - Double(k) * p0) / Double(k + 1)
            p0 = p1
            p1 = p2
        }
        return (p1, Double(n) * (x * p1 - p0) / (x * x - 1))
    }

    /// ∫ₐᵇ f(x) dx by the rule mapped to [a, b] (a > b gives the negated integral).
    public func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
        let half = 0.5 * (b - a)
        let mid = 0.5 * (b + a)
        var sum = 0.0
        for i in 0..<nodes.count { sum += weights[i] * f(mid + half * nodes[i]) }
        return sum * half
    }

    /// Appends the rule's nodes and weights mapped to [a, b] to `points` and `weights`.
    func append(from a: Double, to b: Double, points: inout [Double], weights out: inout [Double]) {
        let half = 0.5 * (b - a)
        let mid = 0.5 * (b + a)
        for i in 0..<nodes.count {
            points.append(mid + half * nodes[i])
            out.append(half * weights[i])
        }
    }
}
