import Foundation
import Testing
@testable import ScalingLaws

/// Properties of the theory solvers beyond the reference values.
struct TheoryPropertiesTests {
    @Test("the threshold γ keeps the fraction f: erf(γ/√2) = f (hard), erfc(γ/√2) = f (easy)",
          arguments: [1e-12, 0.05, 0.2, 0.5, 0.8, 0.999])
    func thresholdKeepsFraction(_ f: Double) throws {
        let hard = try PruningProblem(alphaPrune: 1, fraction: f, keep: .hard).threshold
        let easy = try PruningProblem(alphaPrune: 1, fraction: f, keep: .easy).threshold
        #expect(abs(erf(hard / 2.0.squareRoot()) - f) <= 1e-14 * f)
        #expect(abs(erfc(easy / 2.0.squareRoot()) - f) <= 1e-14 * f)
    }

    @Test("α_tot and α_prune describe the same problem: α_prune = f·α_tot")
    func alphaMeasures() throws {
        let total = try PruningProblem(alphaTotal: 5, fraction: 0.4, keep: .easy)
        let pruned = try PruningProblem(alphaPrune: 2, fraction: 0.4, keep: .easy)
        #expect(total == pruned)
        #expect(total.alphaTotal == 5)
        #expect(try PruningProblem(alpha: 5, measure: .total, fraction: 0.4, keep: .easy) == pruned)
        #expect(total.alpha(.pruned) == 2)
    }

    @Test("invalid parameters are rejected with a message that says what to pass")
    func invalidParameters() {
        #expect(throws: ScalingLawError.self) { try PruningProblem(alphaPrune: 0, fraction: 0.5, keep: .hard) }
        #expect(throws: ScalingLawError.self) { try PruningProblem(alphaPrune: 1, fraction: 1.3, keep: .hard) }
        #expect(throws: ScalingLawError.self) { try PruningProblem(alphaPrune: 1, fraction: 0, keep: .hard) }
        #expect(throws: ScalingLawError.self) { try PruningProblem(alphaPrune: 1, fraction: 0.5, keep: .hard, probeAngle: 2) }
        #expect(throws: ScalingLawError.self) { try PruningProblem(alphaTotal: .infinity, fraction: 0.5, keep: .easy) }
        do {
            _ = try PruningProblem(alphaPrune: 1, fraction: 1.3, keep: .hard)
        } catch {
            #expect("\(error)".contains("pass the kept fraction"))
        }
    }

    @Test("at f = 1 keeping easy and keeping hard are the same problem")
    func unprunedRulesAgree() throws {
        let easy = try PerceptronTheory.solve(PruningProblem(alphaPrune: 1.7, fraction: 1, keep: .easy))
        let hard = try PerceptronTheory.solve(PruningProblem(alphaPrune: 1.7, fraction: 1, keep: .hard))
        #expect(abs(easy.testError - hard.testError) < 1e-12)
        #expect(abs(easy.margin - hard.margin) < 1e-12)
    }

    @Test("the default quadrature is converged: doubling the orders changes ε by < 1e-11",
          arguments: [(0.3, 0.2, KeepRule.hard), (0.3, 0.2, .easy), (8, 0.2, .hard), (8, 0.6, .easy), (50, 1, .hard)])
    func perfectProbeQuadratureConverged(_ c: (Double, Double, KeepRule)) throws {
        let problem = try PruningProblem(alphaPrune: c.0, fraction: c.1, keep: c.2)
        let coarse = try PerceptronTheory.solve(problem)
        let fine = try PerceptronTheory.solve(problem, options: TheoryOptions(panelOrder: 24, tailOrder: 48))
        #expect(abs(coarse.testError - fine.testError) < 1e-11)
        #expect(coarse.residual <= 1e-12)
    }

    @Test("the imperfect-probe quadrature is converged: doubling the orders changes ε by < 1e-9")
    func imperfectProbeQuadratureConverged() throws {
        let problem = try PruningProblem(alphaPrune: 2, fraction: 0.5, keep: .easy, probeAngle: 30 * .pi / 180)
        let coarse = try PerceptronTheory.solve(problem)
        let fine = try PerceptronTheory.solve(problem, options: TheoryOptions(panelOrder: 20, tailOrder: 40))
        #expect(abs(coarse.testError - fine.testError) < 1e-9)
    }

    @Test("a warm start does not change the answer, only the work")
    func warmStartIsHarmless() throws {
        let near = try PerceptronTheory.solve(PruningProblem(alphaPrune: 3, fraction: 0.4, keep: .hard))
        let problem = try PruningProblem(alphaPrune: 3.5, fraction: 0.4, keep: .hard)
        let cold = try PerceptronTheory.solve(problem)
        let warm = try PerceptronTheory.solve(problem, start: near)
        #expect(abs(cold.testError - warm.testError) < 1e-12)
        // A start from a very different problem must not mislead it either.
        let far = try PerceptronTheory.solve(PruningProblem(alphaPrune: 0.2, fraction: 1, keep: .easy))
        #expect(abs(try PerceptronTheory.solve(problem, start: far).testError - cold.testError) < 1e-12)
    }

    @Test("the solution maximises the margin: neighbouring students reach less")
    func solutionIsMaxMargin() throws {
        let problem = try PruningProblem(alphaPrune: 2, fraction: 0.5, keep: .hard)
        let solution = try PerceptronTheory.solve(problem)
        let equations = try PerfectProbeEquations(problem, options: TheoryOptions())
        for factor in [0.9, 0.99, 1.01, 1.1] {
            let reach = try MarginRoot.solve(guess: solution.margin) { try equations.volume(angle: solution.angle * factor, margin: $0) }
            #expect(reach < solution.margin)
        }
    }

    @Test("more data never hurts the unpruned student, and ε ≈ 0.5005/α for large α")
    func classicalShape() throws {
        var previous = 0.5
        for alpha in [0.01, 0.1, 1, 10, 100] {
            let error = try PerceptronTheory.solve(PruningProblem(alphaPrune: alpha, fraction: 1, keep: .hard)).testError
            #expect(error < previous)
            previous = error
        }
        let far = try PerceptronTheory.solve(PruningProblem(alphaPrune: 1000, fraction: 1, keep: .hard))
        #expect(abs(1000 * far.testError - 0.5005) < 5e-4)
    }

    @Test("f = 1 solves the classical maximal-stability equations", arguments: [0.2, 1, 4.5, 10])
    func unprunedIsClassical(_ alpha: Double) throws {
        let ours = try PerceptronTheory.solve(PruningProblem(alphaPrune: alpha, fraction: 1, keep: .hard))
        // Start 10% off in both the angle to the teacher and the margin.
        let classical = try ClassicalMaxMargin.solve(alpha: alpha, startOverlap: cos(1.1 * acos(ours.overlap)), startMargin: 1.1 * ours.margin)
        #expect(abs(classical.overlap - ours.overlap) < 1e-11)
        #expect(abs(classical.margin - ours.margin) < 1e-11)
    }

    @Test("a small probe angle gives nearly the perfect-probe answer")
    func smallAngleApproachesPerfect() throws {
        let perfect = try PerceptronTheory.solve(PruningProblem(alphaPrune: 2, fraction: 0.5, keep: .hard))
        let small = try PerceptronTheory.solve(PruningProblem(alphaPrune: 2, fraction: 0.5, keep: .hard, probeAngle: 2 * .pi / 180))
        let larger = try PerceptronTheory.solve(PruningProblem(alphaPrune: 2, fraction: 0.5, keep: .hard, probeAngle: 10 * .pi / 180))
        #expect(small.testError > perfect.testError && small.testError < larger.testError)
        #expect(abs(small.testError - perfect.testError) < 0.02)
    }

    @Test("tiny and huge α still solve (R from ~0.04 to 1 − 1e-7)")
    func extremeAlphas() throws {
        let tiny = try PerceptronTheory.solve(PruningProblem(alphaPrune: 1e-3, fraction: 1, keep: .hard))
        #expect(abs(tiny.overlap - (2 * 1e-3 / Double.pi).squareRoot()) < 2e-3)
        let crowded = try PerceptronTheory.solve(PruningProblem(alphaPrune: 0.2, fraction: 0.05, keep: .hard))
        #expect(crowded.testError > 0.45 && crowded.testError < 0.5)
        let huge = try PerceptronTheory.solve(PruningProblem(alphaPrune: 1000, fraction: 0.1, keep: .hard))
        #expect(huge.testError > 0 && huge.testError < 1e-3)
    }
}
