import Foundation
import Testing
@testable import ScalingLaws

struct SweepTests {
    @Test("Figure 4's grid: 12 log-spaced α_prune from 0.2 to 10 and five fractions")
    func figure4Grid() {
        let grid = SweepGrid.figure4
        #expect(grid.alphas.count == 12 && grid.measure == .pruned)
        #expect(abs(grid.alphas[0] - 0.2) < 1e-15 && abs(grid.alphas[11] - 10) < 1e-12)
        #expect(abs(grid.alphas[1] / grid.alphas[0] - grid.alphas[11] / grid.alphas[10]) < 1e-12)
        #expect(grid.fractions == [0.2, 0.4, 0.6, 0.8, 1.0])
    }

    @Test("bad grids are rejected")
    func badGrids() {
        #expect(throws: ScalingLawError.self) { try SweepGrid(alphas: [1, 0.5], fractions: [0.5]) }
        #expect(throws: ScalingLawError.self) { try SweepGrid(alphas: [1], fractions: [1.5]) }
        #expect(throws: ScalingLawError.self) { try SweepGrid.logSpaced(from: 0, to: 1, count: 5) }
    }

    @Test("theory curves: one point per (α, f, rule), warm-started yet equal to cold solves, f = 1 shared")
    func theoryCurves() throws {
        let grid = try SweepGrid(alphas: [0.3, 1, 3], measure: .total, fractions: [0.4, 1])
        let curves = try TheorySweep.curves(grid)
        #expect(curves.count == 12)
        for p in curves {
            let cold = try PerceptronTheory.solve(PruningProblem(alphaTotal: p.alpha, fraction: p.fraction, keep: p.keep))
            #expect(abs(cold.testError - p.testError) < 1e-12)
            #expect(abs(p.alphaPrune - p.fraction * p.alpha) < 1e-15)
        }
        let unpruned = curves.filter { $0.fraction == 1 }
        #expect(unpruned.filter { $0.keep == .easy }.map(\.testError) == unpruned.filter { $0.keep == .hard }.map(\.testError))
    }

    @Test("the crossover: easy wins at small α, hard at large α, and they meet in between")
    func crossover() throws {
        let grid = try SweepGrid(alphas: [0.2, 1, 10], fractions: [0.2, 1])
        let crossovers = try TheorySweep.crossovers(grid)
        let c = try #require(crossovers.first)
        #expect(crossovers.count == 1 && c.easyBetterAtSmallest && c.hardBetterAtLargest)
        let at = try #require(c.alpha)
        let easy = try PerceptronTheory.solve(PruningProblem(alphaPrune: at, fraction: 0.2, keep: .easy))
        let hard = try PerceptronTheory.solve(PruningProblem(alphaPrune: at, fraction: 0.2, keep: .hard))
        #expect(abs(easy.testError - hard.testError) < 1e-9)
        let map = try TheorySweep.differenceMap(grid)
        #expect(map.map { $0.theory > 0 } == [false, false, true])
    }

    @Test("a small simulation sweep: paired differences, shared f = 1 trials, theory at realised sizes")
    func simulationSweep() throws {
        let grid = try SweepGrid(alphas: [0.5, 2], fractions: [0.5, 1])
        let result = try SimulationSweep.run(grid, options: SimulationOptions(dimension: 40, repeats: 4, seed: 3))
        #expect(result.comparisons.count == 8)
        #expect(result.differences.count == 2)
        for d in result.differences {
            let easy = try #require(result.comparisons.first { $0.alpha == d.alpha && $0.fraction == d.fraction && $0.keep == .easy })
            let hard = try #require(result.comparisons.first { $0.alpha == d.alpha && $0.fraction == d.fraction && $0.keep == .hard })
            #expect(abs((d.simulated ?? .nan) - (easy.simulatedError - hard.simulatedError)) < 1e-15)
            #expect(abs(d.theory - (easy.theoryError - hard.theoryError)) < 1e-15)
        }
        for p in result.comparisons where p.fraction == 1 {
            let twin = try #require(result.comparisons.first { $0.alpha == p.alpha && $0.fraction == 1 && $0.keep != p.keep })
            #expect(twin.simulatedError == p.simulatedError)
        }
        let point = try #require(result.comparisons.first { $0.alpha == 0.5 && $0.fraction == 0.5 && $0.keep == .hard })
        #expect(point.keptCount == 20 && point.totalCount == 40 && point.realisedAlphaPrune == 0.5)
        let agreement = result.agreement
        #expect(agreement.map(\.points) == [4, 4])
        #expect(agreement.allSatisfy { $0.withinTwoStandardErrors <= $0.points })
    }
}
