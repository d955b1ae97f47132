import Foundation

/// A composite quadrature rule for ∫ φ(u) g(u) du over [lo, hi], where φ is the standard normal
/// density and either end may be infinite.
///
/// The theory integrates smooth functions against a Gaussian weight, but the functions bend
/// sharply (on a scale b = √(1−R²) that shrinks as R → 1) around known points. The rule
/// therefore splits the interval at caller-given `breakpoints`, caps every finite panel at
/// `maxPanelWidth` (φ varies on a scale of 1), and integrates each panel with one Gauss–Legendre
/// rule. An infinite end beyond max(last breakpoint, 3) (breakpoints more than 9 beyond the
/// finite end, where the weight has fallen by e⁻⁴⁰, are ignored) is mapped by u = T + s/T onto a
/// Gauss–Laguerre rule, where φ(T + s/T)·eˢ/T = φ(T)·e^{−s²/2T²}/T is smooth and bounded, so the
/// tail costs one Laguerre rule whatever its length. A lower end of −∞ is handled by reflection.
///
/// The weights already include φ(u): `integrate(g)` is Σ wᵢ g(uᵢ). Cost: about
/// (panels × Legendre order + Laguerre order) evaluations of g.
public struct GaussianWeightedRule: Sendable {
    /// Abscissae uᵢ, in panel order.
    public let points: [Double]
    /// Weights wᵢ, including the Gaussian density φ(uᵢ).
    public let weights: [Double]

    /// Where the Laguerre tail starts at the latest: the Gaussian has 0.13% of its mass beyond 3.
    static let tailStart = 3.0

    /// Builds the rule on [lo, hi] (lo < hi; either may be infinite), split at every breakpoint
    /// strictly inside. Throws when lo ≥ hi or either end is NaN.
    public init(
        from lo: Double, to hi: Double, breakpoints: [Double] = [],
        panel: GaussLegendre, tail: GaussLaguerre, maxPanelWidth: Double = 1
    ) throws {
        guard !lo.isNaN, !hi.isNaN, lo < hi else {
            throw ScalingLawError.invalid("Gaussian-weighted quadrature: empty or invalid interval [\(lo), \(hi)]")
        }
        guard maxPanelWidth > 0 else {
            throw ScalingLawError.invalid("Gaussian-weighted quadrature: maxPanelWidth \(maxPanelWidth) must be positive")
        }
        var points: [Double] = []
        var weights: [Double] = []
        let cuts = breakpoints.filter { $0.isFinite }
        if lo == -.infinity && hi == .infinity {
            let middle = cuts.isEmpty ? 0 : cuts.sorted()[cuts.count / 2]
            GaussianWeightedRule.appendRightOpen(
                from: middle, breakpoints: cuts, panel: panel, tail: tail, width: maxPanelWidth,
                points: &points, weights: &weights)
            GaussianWeightedRule.appendRightOpen(
                from: -middle, breakpoints: cuts.map { -$0 }, panel: panel, tail: tail, width: maxPanelWidth,
                points: &points, weights: &weights, reflected: true)
        } else if lo == -.infinity {
            GaussianWeightedRule.appendRightOpen(
                from: -hi, breakpoints: cuts.map { -$0 }, panel: panel, tail: tail, width: maxPanelWidth,
                points: &points, weights: &weights, reflected: true)
        } else if hi == .infinity {
            GaussianWeightedRule.appendRightOpen(
                from: lo, breakpoints: cuts, panel: panel, tail: tail, width: maxPanelWidth,
                points: &points, weights: &weights)
        } else {
            GaussianWeightedRule.appendFinite(
                from: lo, to: hi, breakpoints: cuts, panel: panel, width: maxPanelWidth,
                points: &points, weights: &weights)
        }
        self.points = points
        self.weights = weights
    }

    /// Σ wᵢ g(uᵢ) ≈ ∫ φ(u) g(u) du.
    public func integrate(_ g: (Double) -> Double) -> Double {
        var sum = 0.0
        for i in 0..<points.count { sum += weights[i] * g(points[i]) }
        return sum
    }

    /// Legendre panels on [lo, hi], split at the breakpoints inside and capped in width.
    private static func appendFinite(
        from lo: Double, to hi: Double, breakpoints: [Double], panel: GaussLegendre, width: Double,
        points: inout [Double], weights: inout [Double]
    ) {
        var edges = [lo]
        for cut in breakpoints.sorted() where cut > lo && cut < hi && cut - edges[edges.count - 1] > 1e-12 * max(1, abs(cut)) {
            edges.append(cut)
        }
        edges.append(hi)
        for k in 0..<(edges.count - 1) {
            let a = edges[k]
            let b = edges[k + 1]
            guard b > a else { continue }
            let pieces = max(1, Int(((b - a) / width).rounded(.up)))
            let step = (b - a) / Double(pieces)
            for piece in 0..<pieces {
                let start = weights.count
                let left = a + Double(piece) * step
                panel.append(from: left, to: piece == pieces - 1 ? b : left + step, points: &points, weights: &weights)
                for i in start..<weights.count { weights[i] *= Gaussian.pdf(points[i]) }
            }
        }
    }

    /// Legendre panels on [lo, T] and a Laguerre tail on [T, ∞), T = max(lo, breakpoints, 3).
    private static func appendRightOpen(
        from lo: Double, breakpoints: [Double], panel: GaussLegendre, tail: GaussLaguerre, width: Double,
        points: inout [Double], weights: inout [Double], reflected: Bool = false
    ) {
        let start = points.count
        // Beyond max(lo, 0) + 9 the weight has fallen by e^{-40} or more: no panels there.
        let reach = max(lo, 0) + 9
        let cuts = breakpoints.filter { $0 <= reach }
        let t = max(lo, cuts.max() ?? lo, tailStart)
        if t > lo {
            appendFinite(from: lo, to: t, breakpoints: cuts, panel: panel, width: width,
                         points: &points, weights: &weights)
        }
        let scale = Gaussian.pdf(t) / t
        for i in 0..<tail.order {
            let s = tail.nodes[i]
            points.append(t + s / t)
            weights.append(tail.weights[i] * scale * exp(-0.5 * s * s / (t * t)))
        }
        if reflected {
            for i in start..<points.count { points[i] = -points[i] }
        }
    }
}
