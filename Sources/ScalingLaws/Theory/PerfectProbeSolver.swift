import Foundation

/// Solves E1/E2 (`PerfectProbeEquations`) for (R, κ) when the probe is the teacher (θ = 0).
///
/// Goals, in order: always find the max-margin solution when it exists; say clearly when it
/// cannot; be fast along a sweep.
///
/// 1. With a starting point (the neighbouring solution of a sweep), damped Newton on (E1, E2)
///    in the unknowns (ψ = arccos R, κ) usually converges in 3–5 steps.
/// 2. Otherwise, or if Newton fails, a bracketed solve that cannot miss: for each angle ψ the
///    reachable margin κ(ψ) is the root of F(ψ, ·) (Brent); the max-margin student maximises
///    κ(ψ), where ∂F/∂ψ = 0 (E2). A scan over ψ from 10⁻⁸ to π/2 finds where ∂F/∂ψ turns from
///    positive to negative and Brent pins it down; Newton then polishes (ψ, κ) on (E1, E2).
enum PerfectProbeSolver {
    /// Angles scanned for the sign change of ∂F/∂ψ: log-spaced from 1e-8 to 0.3, linear to
    /// π/2 − 0.3, then log-spaced again to π/2 − 1e-8 (R from 1 − 5e-17 down to 1e-8).
    static let scanAngles: [Double] = {
        let nearZero = (0..<40).map { 1e-8 * pow(0.3 / 1e-8, Double($0) / 39) }
        let middle = (1..<20).map { 0.3 + (Double.pi / 2 - 0.6) * Double($0) / 20 }
        let nearRight = (0..<40).reversed().map { Double.pi / 2 - 1e-8 * pow(0.3 / 1e-8, Double($0) / 39) }
        return nearZero + middle + nearRight
    }()

    static func solve(_ problem: PruningProblem, options: TheoryOptions, start: TheorySolution?) throws -> TheorySolution {
        let equations = try PerfectProbeEquations(problem, options: options)
        let newton = NewtonSolver(tolerance: options.tolerance)
        let system: ([Double]) throws -> [Double] = { try equations.residuals(angle: $0[0], margin: $0[1]) }
        if let start, let result = try? newton.solve(from: [start.angle, start.margin], system),
           valid(result.x), try isMaximum(equations, result.x) {
            return solution(problem, result)
        }
        let (psi, kappa) = try bracketed(equations)
        let result = try newton.solve(from: [psi, kappa], system)
        guard valid(result.x) else {
            throw ScalingLawError(.noSolution, "perfect-probe theory for \(problem): Newton left the domain from the bracketed solution")
        }
        return solution(problem, result)
    }

    static func valid(_ x: [Double]) -> Bool { x[0] > 0 && x[0] < Double.pi / 2 && x[1].isFinite }

    /// A Newton root is the max-margin solution only if κ(ψ) peaks there: κ is lower at
    /// angles 1% smaller and 1% larger.
    static func isMaximum(_ equations: PerfectProbeEquations, _ x: [Double]) throws -> Bool {
        let psi = x[0], kappa = x[1]
        for neighbour in [psi * 0.99, min(psi * 1.01, 0.5 * (psi + Double.pi / 2))] {
            let reach = try MarginRoot.solve(guess: kappa, spread: 1e-3) { try equations.volume(angle: neighbour, margin: $0) }
            if reach > kappa { return false }
        }
        return true
    }

    /// The maximiser of κ(ψ), found by a scan and Brent on ∂F/∂ψ along the curve κ(ψ).
    static func bracketed(_ equations: PerfectProbeEquations) throws -> (angle: Double, margin: Double) {
        var lastMargin = 0.0
        func reach(_ psi: Double) throws -> Double {
            lastMargin = try MarginRoot.solve(guess: lastMargin) { try equations.volume(angle: psi, margin: $0) }
            return lastMargin
        }
        func slope(_ psi: Double) throws -> Double {
            try equations.volumeSlope(angle: psi, margin: reach(psi))
        }
        var previous: (psi: Double, slope: Double)?
        for psi in scanAngles {
            let g = try slope(psi)
            if let previous, previous.slope > 0, g <= 0 {
                let root = try Brent.root(in: previous.psi, psi, fa: previous.slope, fb: g, tolerance: 1e-13 * psi, slope)
                return (root, try reach(root))
            }
            previous = (psi, g)
        }
        throw ScalingLawError(.noSolution,
            "perfect-probe theory: κ(ψ) has no interior maximum for α_prune = \(equations.alpha), f = \(equations.fraction) "
                + "(the student's overlap R with the teacher would be below 1e-8 or above 1 − 5e-17)")
    }

    static func solution(_ problem: PruningProblem, _ result: NewtonSolver.Result) -> TheorySolution {
        let r = cos(result.x[0])
        return TheorySolution(problem: problem, overlap: r, probeOverlap: r, margin: result.x[1], residual: result.residual)
    }
}
