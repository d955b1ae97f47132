import Foundation
import Testing
@testable import ScalingLaws

struct PerceptronSimulationTests {
    @Test("results do not depend on the number of threads")
    func deterministicAcrossThreads() throws {
        let problem = try PruningProblem(alphaPrune: 1.5, fraction: 0.5, keep: .hard)
        let one = try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 30, repeats: 6, seed: 5, threads: 1))
        let two = try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 30, repeats: 6, seed: 5, threads: 2))
        #expect(one.trials == two.trials)
        let other = try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 30, repeats: 6, seed: 6, threads: 2))
        #expect(one.trials != other.trials)
    }

    @Test("the simulation agrees with the theory at d = 100 (seeded, 30 repeats, within 3 standard errors)",
          arguments: [(1.0, 1.0, KeepRule.hard), (2.0, 0.5, .easy), (2.0, 0.5, .hard), (0.5, 0.25, .easy)])
    func agreesWithTheory(_ c: (Double, Double, KeepRule)) throws {
        let problem = try PruningProblem(alphaPrune: c.0, fraction: c.1, keep: c.2)
        let simulated = try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 100, repeats: 30, seed: 1))
        let theory = try PerceptronTheory.solve(problem)
        #expect(abs(simulated.meanError - theory.testError) < 3 * simulated.standardError,
                "\(problem): \(simulated.meanError) ± \(simulated.standardError) vs \(theory.testError)")
        #expect(abs(simulated.meanMargin - theory.margin) < 0.1 * theory.margin)
    }

    @Test("progress counts every repeat and cancellation stops the run")
    func progressAndCancellation() throws {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var calls: [Int] = []
        }
        let counter = Counter()
        let problem = try PruningProblem(alphaPrune: 1, fraction: 1, keep: .easy)
        _ = try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 20, repeats: 5, threads: 2), progress: { p in
            counter.lock.lock()
            counter.calls.append(p.completed)
            counter.lock.unlock()
        })
        #expect(counter.calls.sorted() == [1, 2, 3, 4, 5])
        #expect(throws: ScalingLawError.cancelled) {
            try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 20, repeats: 5), isCancelled: { true })
        }
    }

    @Test("invalid options are rejected")
    func invalidOptions() throws {
        let problem = try PruningProblem(alphaPrune: 1, fraction: 1, keep: .easy)
        #expect(throws: ScalingLawError.self) { try PerceptronSimulation.run(problem, options: SimulationOptions(repeats: 1)) }
        #expect(throws: ScalingLawError.self) { try PerceptronSimulation.run(problem, options: SimulationOptions(dimension: 1)) }
    }

    @Test("statistics: mean, sample standard deviation and standard error")
    func statistics() {
        #expect(Statistics.mean([1, 2, 3, 6]) == 3)
        #expect(abs(Statistics.standardDeviation([1, 2, 3, 6]) - (14.0 / 3).squareRoot()) < 1e-15)
        #expect(abs(Statistics.standardError([1, 2, 3, 6]) - (14.0 / 3).squareRoot() / 2) < 1e-15)
        #expect(Statistics.standardDeviation([1]).isNaN)
    }
}
