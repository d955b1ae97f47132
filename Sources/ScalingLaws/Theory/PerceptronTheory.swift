/// The front door of the scaling-law theory: the max-margin student's order parameters and test
/// error for any α, f, keep rule and probe angle (METHODS.md §15; the SDC paper's appendix 4).
public enum PerceptronTheory {
    /// Solves the saddle-point equations for `problem`.
    ///
    /// θ = 0 solves (E1, E2) for (R, κ); θ > 0 solves F = ∂F/∂R = ∂F/∂S = 0 for (R, S, κ).
    /// `start`, a solution of a nearby problem (the previous point of a sweep), lets Newton skip
    /// the bracketing search; the answer does not depend on it. Cost: ~1–10 ms for θ = 0, about
    /// a second for θ > 0. Throws `.noSolution` with an explanation when the equations have no
    /// admissible solution (e.g. α so small or so large that R leaves (1e-8, 1 − 1e-16)).
    public static func solve(
        _ problem: PruningProblem, options: TheoryOptions = TheoryOptions(), start: TheorySolution? = nil
    ) throws -> TheorySolution {
        if problem.probeAngle == 0 {
            return try PerfectProbeSolver.solve(problem, options: options, start: start)
        }
        return try ImperfectProbeSolver.solve(problem, options: options, start: start)
    }
}
