import Foundation
import Testing
@testable import ScalingLaws

/// The solver against values computed independently with SciPy by
/// `Benchmarks/peers/scaling_theory_fixture.py` (other variables, adaptive quadrature, fsolve),
/// committed as `Fixtures/scaling_theory_fixture.json`.
struct FixtureTests {
    struct Point: Decodable, Sendable, CustomStringConvertible {
        let theta_degrees: Double, alpha_prune: Double, fraction: Double, keep: String
        let R: Double, S: Double, kappa: Double, test_error: Double
        var description: String { "θ=\(theta_degrees)° α=\(alpha_prune) f=\(fraction) \(keep)" }
    }

    struct Fixture: Decodable { let points: [Point] }

    static let points: [Point] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/scaling_theory_fixture.json")
        guard let data = try? Data(contentsOf: url), let fixture = try? JSONDecoder().decode(Fixture.self, from: data) else { return [] }
        return fixture.points
    }()

    @Test("the fixture is present and covers both probes")
    func fixtureIsPresent() {
        #expect(Self.points.count >= 10)
        #expect(Self.points.contains { $0.theta_degrees > 0 })
    }

    @Test("the solver reproduces the SciPy values", arguments: points)
    func reproducesScipy(_ p: Point) throws {
        let keep = try #require(KeepRule(rawValue: p.keep))
        let solution = try PerceptronTheory.solve(
            PruningProblem(alphaPrune: p.alpha_prune, fraction: p.fraction, keep: keep, probeAngle: p.theta_degrees * .pi / 180))
        // SciPy's θ > 0 values carry its finite-difference gradients (~1e-7); θ = 0 is far tighter.
        let tolerance = p.theta_degrees > 0 ? 1e-5 : 1e-8
        #expect(abs(solution.testError - p.test_error) < tolerance, "\(p): \(solution.testError) vs \(p.test_error)")
        #expect(abs(solution.margin - p.kappa) < 10 * tolerance)
        #expect(abs(solution.probeOverlap - p.S) < 10 * tolerance)
    }
}
