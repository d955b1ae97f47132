import Testing
@testable import ScalingLaws

/// METHODS.md §15's table of theory values (computed with SciPy: quad + fsolve for θ = 0,
/// 4×10⁵-sample Monte Carlo for θ > 0, hence the looser tolerance there).
struct PerceptronTheoryTests {
    struct Case: Sendable, CustomStringConvertible {
        let alpha: Double, fraction: Double, keep: KeepRule, degrees: Double, error: Double, tolerance: Double
        var description: String { "α=\(alpha) f=\(fraction) \(keep) θ=\(degrees)° → \(error)" }
    }

    static let table: [Case] = [
        Case(alpha: 1, fraction: 1, keep: .hard, degrees: 0, error: 0.2657, tolerance: 5e-5),
        Case(alpha: 3, fraction: 1, keep: .easy, degrees: 0, error: 0.1428, tolerance: 5e-5),
        Case(alpha: 2, fraction: 0.5, keep: .hard, degrees: 0, error: 0.1361, tolerance: 5e-5),
        Case(alpha: 2, fraction: 0.5, keep: .easy, degrees: 0, error: 0.1173, tolerance: 5e-5),
        Case(alpha: 0.5, fraction: 0.25, keep: .easy, degrees: 0, error: 0.2062, tolerance: 5e-5),
        Case(alpha: 0.5, fraction: 0.25, keep: .hard, degrees: 0, error: 0.4521, tolerance: 5e-5),
        Case(alpha: 2, fraction: 0.5, keep: .hard, degrees: 30, error: 0.2083, tolerance: 2e-3),
        Case(alpha: 2, fraction: 0.5, keep: .easy, degrees: 30, error: 0.1983, tolerance: 2e-3),
        Case(alpha: 1, fraction: 0.25, keep: .hard, degrees: 20, error: 0.3950, tolerance: 2e-3),
    ]

    @Test("reproduces the METHODS §15 table", arguments: table)
    func reproducesMethodsTable(_ c: Case) throws {
        let problem = try PruningProblem(alphaPrune: c.alpha, fraction: c.fraction, keep: c.keep, probeAngle: c.degrees * .pi / 180)
        let solution = try PerceptronTheory.solve(problem)
        #expect(abs(solution.testError - c.error) <= c.tolerance, "\(c): got \(solution.testError)")
    }
}
