import Foundation

/// The saddle-point equations of the max-margin student for a perfect probe (θ = 0),
/// METHODS.md §15 (E1, E2), as functions of the order parameters.
///
/// With u = |t| the teacher's margin, kept on [0, γ) (hard) or [γ, ∞) (easy) with density
/// ρ(u) = 2φ(u)/f, b = √(1−R²) and the ramp moments G₁, G₂ (`GaussianRamp`):
///
///     F(R, κ)  = (1 − R²) − α ∫ρ(u) G₂(κ − Ru, b) du              (the log-volume's coefficient)
///     E1:  1 − R² = α ∫ρ(u) G₂(κ − Ru, b) du                        (F = 0)
///     E2:  R = α ∫ρ(u) [u G₁(κ − Ru, b) + R Φ((κ − Ru)/b)] du      (∂F/∂R = 0)
///
/// The student is parametrised by its angle to the teacher ψ = arccos R ∈ (0, π/2), so that
/// b = sin ψ stays accurate as R → 1 and ε = ψ/π. The u-integral uses `GaussianWeightedRule`,
/// split around u* = κ/R, where the ramp bends on the scale b/R. One evaluation costs ~300
/// evaluations of the ramp moments (a few microseconds).
struct PerfectProbeEquations: Sendable {
    let kept: KeptDistribution
    var alpha: Double { kept.alpha }
    var fraction: Double { kept.fraction }

    init(_ problem: PruningProblem, options: TheoryOptions) throws {
        kept = try KeptDistribution(problem, options: options)
    }

    /// The integrals the equations need, at angle ψ and margin κ.
    struct Moments {
        /// ∫ρ G₂(κ − Ru, b).
        var second = 0.0
        /// ∫ρ u G₁(κ − Ru, b).
        var firstTimesU = 0.0
        /// ∫ρ Φ((κ − Ru)/b).
        var step = 0.0
    }

    /// The bend points of the integrand: u* + (b/R)·{0, ±1, ±2, ±4, ±8}.
    static let bendOffsets: [Double] = [-8, -4, -2, -1, 0, 1, 2, 4, 8]

    func moments(angle psi: Double, margin kappa: Double) throws -> Moments {
        let r = cos(psi), b = sin(psi)
        let bend = kappa / r, width = b / r
        let rule = try kept.rule(breakpoints: PerfectProbeEquations.bendOffsets.map { bend + width * $0 })
        var m = Moments()
        for i in 0..<rule.points.count {
            let u = rule.points[i], w = rule.weights[i]
            let ramp = GaussianRamp.all(kappa - r * u, b)
            m.second += w * ramp.second
            m.firstTimesU += w * u * ramp.first
            m.step += w * ramp.step
        }
        let density = kept.density
        m.second *= density
        m.firstTimesU *= density
        m.step *= density
        return m
    }

    /// F(ψ, κ) = sin²ψ − α ∫ρ G₂: positive while a student at angle ψ can still reach margin κ.
    func volume(angle psi: Double, margin kappa: Double) throws -> Double {
        let b = sin(psi)
        return b * b - alpha * (try moments(angle: psi, margin: kappa).second)
    }

    /// (E1, E2) residuals: α∫ρG₂ − (1−R²) and α∫ρ[uG₁ + RΦ] − R. Both vanish at the solution.
    /// NaN outside ψ ∈ (0, π/2), which keeps Newton inside the domain.
    func residuals(angle psi: Double, margin kappa: Double) throws -> [Double] {
        guard psi > 0, psi < Double.pi / 2 else { return [.nan, .nan] }
        let m = try moments(angle: psi, margin: kappa)
        let r = cos(psi), b = sin(psi)
        return [alpha * m.second - b * b, alpha * (m.firstTimesU + r * m.step) - r]
    }

    /// ∂F/∂ψ at (ψ, κ) = −sinψ·∂F/∂R = −2 sinψ·(E2 residual). Positive where a larger angle
    /// to the teacher would allow a larger margin.
    func volumeSlope(angle psi: Double, margin kappa: Double) throws -> Double {
        let m = try moments(angle: psi, margin: kappa)
        let r = cos(psi)
        return -2 * sin(psi) * (alpha * (m.firstTimesU + r * m.step) - r)
    }
}
