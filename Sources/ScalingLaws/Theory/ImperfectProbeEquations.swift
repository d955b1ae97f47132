import Foundation

/// The saddle-point equations of the max-margin student for an imperfect probe at angle θ > 0
/// (METHODS.md §15, "Imperfect probe"), with the expectation over (t, p) done by deterministic
/// quadrature.
///
/// Parametrisation. Let ê be the unit vector in span(T̂, Ĵ_p) orthogonal to T̂, so that
/// Ĵ_p = c T̂ + s ê with c = cos θ, s = sin θ. The student is
/// Ĵ = cos ψ (cos φ T̂ + sin φ ê) + sin ψ ĵ⊥, giving
///
///     R = cos ψ cos φ,   S = cos ψ cos(φ − θ),   v = 1 − aR − b′S = sin²ψ,
///
/// so every (ψ, φ) with ψ ∈ (0, π/2) is admissible (v > 0 is automatic) and METHODS' a t + b′p
/// becomes cos ψ (A p + B w), with t = c p + s w (w ~ N(0, 1) independent of p),
/// A = cos(φ − θ) and B = sin(θ − φ). Then
///
///     F(ψ, φ, κ) = sin²ψ − α E[G₂(κ − σ cos ψ (A p + B w), sin ψ)],   σ = sign(t),
///
/// where p has density 2φ(p)/f on the kept half-region p ≥ 0 (the integrand is even under
/// (p, w) → (−p, −w)). The max-margin student solves F = ∂F/∂ψ = ∂F/∂φ = 0, with
///
///     ∂F/∂ψ = 2 sinψ cosψ − 2α E[G₁ σ sinψ (A p + B w) + sinψ cosψ Φ]
///     ∂F/∂φ = 2α cosψ E[G₁ σ (B p − A w)]
///
/// (∂G₂/∂a = 2G₁, ∂G₂/∂b = 2bΦ, ∂A/∂φ = B, ∂B/∂φ = −A).
///
/// Quadrature: the inner w-integral is split at t = 0 (w₀ = −cp/s), where σ jumps, and around
/// the ramp's bend on each side; the outer p-integral is split around the bend of the smoothed
/// field. One evaluation costs ~10⁴ ramp evaluations (~0.3 ms).
struct ImperfectProbeEquations: Sendable {
    let kept: KeptDistribution
    let theta: Double, c: Double, s: Double

    init(_ problem: PruningProblem, options: TheoryOptions) throws {
        kept = try KeptDistribution(problem, options: options)
        theta = problem.probeAngle
        c = cos(problem.probeAngle)
        s = sin(problem.probeAngle)
    }

    /// Panel edges around a bend, in units of the bend's width: fewer than the perfect probe's,
    /// since each evaluation here is a double integral (accuracy is checked in the tests).
    static let bendOffsets: [Double] = [-6, -2, 0, 2, 6]

    /// F and its two angle derivatives at one point.
    struct Value {
        var volume: Double
        var slopeAngle: Double
        var slopeRotation: Double
    }

    /// The expectations E[G₂], E[G₁σL], E[Φ], E[G₁σL_φ] with L = Ap + Bw, L_φ = Bp − Aw.
    private struct Sums {
        var second = 0.0, firstField = 0.0, step = 0.0, firstRotation = 0.0

        mutating func add(_ other: Sums, weight: Double) {
            second += weight * other.second
            firstField += weight * other.firstField
            step += weight * other.step
            firstRotation += weight * other.firstRotation
        }
    }

    /// F, ∂F/∂ψ and ∂F/∂φ at (ψ, φ, κ); NaN outside ψ ∈ (0, π/2).
    func evaluate(angle psi: Double, rotation phi: Double, margin kappa: Double) throws -> Value {
        guard psi > 0, psi < Double.pi / 2 else { return Value(volume: .nan, slopeAngle: .nan, slopeRotation: .nan) }
        let cosPsi = cos(psi), sinPsi = sin(psi)
        let a = cos(phi - theta), b = sin(theta - phi)
        // The averaged field cosψ·A·p crosses κ at p*, smoothed over w on the scale below.
        let smoothing = (sinPsi * sinPsi + cosPsi * cosPsi * b * b).squareRoot() / max(cosPsi * abs(a), 1e-300)
        let bend = kappa / max(cosPsi * abs(a), 1e-300)
        let outerCuts = abs(a) > 1e-12 ? ImperfectProbeEquations.bendOffsets.map { bend + smoothing * $0 } : []
        let outer = try kept.rule(breakpoints: outerCuts)
        var total = Sums()
        for i in 0..<outer.points.count {
            let p = outer.points[i]
            total.add(try inner(p: p, a: a, b: b, cosPsi: cosPsi, sinPsi: sinPsi, kappa: kappa), weight: outer.weights[i])
        }
        let scale = kept.alpha * kept.density
        let volume = sinPsi * sinPsi - scale * total.second
        let slopeAngle = 2 * sinPsi * cosPsi - 2 * scale * (sinPsi * total.firstField + sinPsi * cosPsi * total.step)
        let slopeRotation = 2 * scale * cosPsi * total.firstRotation
        return Value(volume: volume, slopeAngle: slopeAngle, slopeRotation: slopeRotation)
    }

    /// The w-integrals at fixed p, split at t = 0 and around the ramp's bend on each side.
    private func inner(p: Double, a: Double, b: Double, cosPsi: Double, sinPsi: Double, kappa: Double) throws -> Sums {
        let split = -c * p / s
        var sums = Sums()
        for sign in [-1.0, 1.0] {
            // The ramp κ − σcosψ(Ap + Bw) bends where σcosψ(Ap + Bw) = κ.
            var cuts: [Double] = []
            if abs(b) * cosPsi > 1e-12 * sinPsi {
                let bend = (sign * kappa / cosPsi - a * p) / b
                let width = sinPsi / (cosPsi * abs(b))
                cuts = ImperfectProbeEquations.bendOffsets.map { bend + width * $0 }
            }
            let rule = try kept.rule(from: sign > 0 ? split : -.infinity, to: sign > 0 ? .infinity : split, breakpoints: cuts)
            for k in 0..<rule.points.count {
                let w = rule.points[k], weight = rule.weights[k]
                let field = sign * (a * p + b * w)
                let ramp = GaussianRamp.all(kappa - cosPsi * field, sinPsi)
                sums.second += weight * ramp.second
                sums.firstField += weight * ramp.first * field
                sums.step += weight * ramp.step
                sums.firstRotation += weight * ramp.first * sign * (b * p - a * w)
            }
        }
        return sums
    }

    /// The overlaps (R, S) of the student at (ψ, φ).
    func overlaps(angle psi: Double, rotation phi: Double) -> (teacher: Double, probe: Double) {
        (cos(psi) * cos(phi), cos(psi) * cos(phi - theta))
    }

    /// The (ψ, φ) of a student with overlaps (R, S); nil when no unit vector has them.
    func angles(overlap r: Double, probeOverlap q: Double) -> (angle: Double, rotation: Double)? {
        let y = (q - c * r) / s
        let norm = (r * r + y * y).squareRoot()
        guard norm < 1, norm > 0 else { return nil }
        return (acos(norm), atan2(y, r))
    }
}
