import Foundation

/// The classical learning curve of the maximally stable perceptron trained on unpruned teacher
/// data (Gardner 1988; Opper, Kinzel, Kleinz & Nehl 1990), written independently of
/// `PerfectProbeEquations` in the student-field form of the SDC paper's appendix 4.1 with
/// f = 1 (γ → ∞): with b = √(1−R²) and H(x) = P(Z > x),
///
///     1 − R² = 2α ∫_{−∞}^{κ} Dt H(−Rt/b) (κ − t)²
///     R      = (2α / (√(2π) b)) ∫_{−∞}^{κ} Dt exp(−R²t²/(2b²)) (κ − t)
///
/// Its solution is the reference for "f = 1 reproduces the classical curve"; asymptotically
/// ε ≈ 0.5005/α (Engel & Van den Broeck, "Statistical Mechanics of Learning", 2001, ch. 4).
public enum ClassicalMaxMargin {
    /// The two residuals (left − right) at α, R = cos ψ, κ.
    static func residuals(alpha: Double, angle psi: Double, margin kappa: Double) throws -> [Double] {
        guard psi > 0, psi < Double.pi / 2 else { return [.nan, .nan] }
        let r = cos(psi), b = sin(psi)
        // Both integrands bend around t = 0 on the scale b/R (H(−Rt/b) and the narrow Gaussian).
        let rule = try GaussianWeightedRule(
            from: -.infinity, to: kappa, breakpoints: [-8.0, -4, -2, -1, 0, 1, 2, 4, 8].map { $0 * b / r },
            panel: try GaussLegendre(order: 24), tail: try GaussLaguerre(order: 40))
        var first = 0.0, second = 0.0
        for i in 0..<rule.points.count {
            let t = rule.points[i], w = rule.weights[i]
            second += w * Gaussian.tail(-r * t / b) * (kappa - t) * (kappa - t)
            first += w * exp(-r * r * t * t / (2 * b * b)) * (kappa - t)
        }
        return [b * b - 2 * alpha * second, r - 2 * alpha * Gaussian.inverseSqrtTwoPi / b * first]
    }

    /// The classical (R, κ) at α by damped Newton in (ψ = arccos R, κ) from the start given,
    /// which must be near the solution (within ~10% in ψ and κ; e.g. the pruning theory's f = 1
    /// solution, perturbed): this is a check, not a global solver.
    public static func solve(alpha: Double, startOverlap: Double, startMargin: Double) throws -> (overlap: Double, margin: Double) {
        guard alpha > 0, startOverlap > 0, startOverlap < 1 else {
            throw ScalingLawError.invalid("classical curve: need α > 0 and a start overlap in (0, 1)")
        }
        let result = try NewtonSolver(tolerance: 1e-12).solve(from: [acos(startOverlap), startMargin]) {
            try residuals(alpha: alpha, angle: $0[0], margin: $0[1])
        }
        return (cos(result.x[0]), result.x[1])
    }
}
