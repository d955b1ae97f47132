import Foundation

/// Solves F = ∂F/∂ψ = ∂F/∂φ = 0 (`ImperfectProbeEquations`) for (R, S, κ) when θ > 0.
///
/// 1. Damped Newton on the three equations in the unknowns (ψ, φ, κ), from the given start (a
///    neighbouring solution) if any, then from the perfect-probe solution's (ψ, κ) with φ = θ/2;
///    a root counts only if κ is a local maximum there (the check costs four margin solves).
/// 2. If neither converges to a maximum: the max-margin student maximises the reachable margin
///    κ(ψ, φ) (the root of F(ψ, φ, ·), by Brent). Nelder–Mead maximises it over (ψ, φ),
///    starting from the perfect-probe angle and φ = θ/2, and Newton polishes the result.
enum ImperfectProbeSolver {
    static func solve(_ problem: PruningProblem, options: TheoryOptions, start: TheorySolution?) throws -> TheorySolution {
        let equations = try ImperfectProbeEquations(problem, options: options)
        let newton = NewtonSolver(tolerance: options.tolerance)
        let system: ([Double]) throws -> [Double] = {
            let value = try equations.evaluate(angle: $0[0], rotation: $0[1], margin: $0[2])
            return [value.volume, value.slopeAngle, value.slopeRotation]
        }
        let perfect = try PerfectProbeSolver.solve(
            PruningProblem(alphaPrune: problem.alphaPrune, fraction: problem.fraction, keep: problem.keep),
            options: options, start: nil)
        var starts = [[perfect.angle, 0.5 * problem.probeAngle, perfect.margin]]
        if let start, start.problem.probeAngle > 0,
           let angles = equations.angles(overlap: start.overlap, probeOverlap: start.probeOverlap) {
            starts.insert([angles.angle, angles.rotation, start.margin], at: 0)
        }
        for x in starts {
            if let result = try? newton.solve(from: x, system), try isMaximum(equations, result.x) {
                return solution(problem, equations, result)
            }
        }
        var lastMargin = perfect.margin
        let search = try NelderMead(tolerance: 1e-4, valueTolerance: 1e-8, maxEvaluations: 2000).minimize(
            from: [perfect.angle, 0.5 * problem.probeAngle], step: [0.05, 0.05]
        ) { x in
            guard x[0] > 0, x[0] < Double.pi / 2 else { return .infinity }
            lastMargin = try MarginRoot.solve(guess: lastMargin, spread: 0.05) {
                try equations.evaluate(angle: x[0], rotation: x[1], margin: $0).volume
            }
            return -lastMargin
        }
        let result = try newton.solve(from: search.x + [-search.value], system)
        guard result.x[0] > 0, result.x[0] < Double.pi / 2 else {
            throw ScalingLawError(.noSolution, "imperfect-probe theory for \(problem): Newton left the domain from the Nelder–Mead optimum")
        }
        return solution(problem, equations, result)
    }

    /// A Newton root is the max-margin student only if no nearby orientation reaches a larger
    /// margin: κ is checked at ±1% in ψ and ±0.01 rad in φ.
    static func isMaximum(_ equations: ImperfectProbeEquations, _ x: [Double]) throws -> Bool {
        guard x[0] > 0, x[0] < Double.pi / 2 else { return false }
        let neighbours = [[x[0] * 0.99, x[1]], [x[0] * 1.01, x[1]], [x[0], x[1] - 0.01], [x[0], x[1] + 0.01]]
        for n in neighbours where n[0] < Double.pi / 2 {
            let reach = try MarginRoot.solve(guess: x[2], spread: 1e-3) {
                try equations.evaluate(angle: n[0], rotation: n[1], margin: $0).volume
            }
            if reach > x[2] { return false }
        }
        return true
    }

    static func solution(_ problem: PruningProblem, _ equations: ImperfectProbeEquations, _ result: NewtonSolver.Result) -> TheorySolution {
        let (r, q) = equations.overlaps(angle: result.x[0], rotation: result.x[1])
        return TheorySolution(problem: problem, overlap: r, probeOverlap: q, margin: result.x[2], residual: result.residual)
    }
}
