import CellLanguage
import XCTest

/// The scaling-law theory and its simulation in cells, against the reference values of
/// METHODS.md §15.
final class TheoryBindingTests: XCTestCase {
    func testTheTheoryMatchesTheReferenceTable() throws {
        let session = PreludeSession()
        let printed = session.printed("""
            print(perceptronTheory(alpha: 2, fraction: 0.5, keep: .hard).error, perceptronTheory(alpha: 2, fraction: 0.5, keep: .easy).error)
            print(perceptronTheory(alpha: 1).error, theoryCurve(alphas: [1, 3], fraction: 1, keep: .hard))
            """)
        let numbers = printed.components(separatedBy: CharacterSet(charactersIn: " \n[],")).compactMap(Double.init)
        XCTAssertEqual(numbers.count, 5)
        XCTAssertEqual(numbers[0], 0.1361, accuracy: 5e-4)
        XCTAssertEqual(numbers[1], 0.1173, accuracy: 5e-4)
        XCTAssertEqual(numbers[2], 0.2657, accuracy: 5e-4)
        XCTAssertEqual(numbers[3], numbers[2], accuracy: 1e-9)
        XCTAssertEqual(numbers[4], 0.1428, accuracy: 5e-4)
    }

    func testEasyWinsBelowTheCrossoverAndHardAbove() {
        let session = PreludeSession()
        XCTAssertEqual(session.printed("""
            let crossing = theoryCrossover(fraction: 0.4)!
            let below = perceptronTheory(alpha: crossing / 2, fraction: 0.4, keep: .easy).error < perceptronTheory(alpha: crossing / 2, fraction: 0.4, keep: .hard).error
            let above = perceptronTheory(alpha: crossing * 2, fraction: 0.4, keep: .easy).error > perceptronTheory(alpha: crossing * 2, fraction: 0.4, keep: .hard).error
            print(below, above)
            """), "true true")
    }

    func testSimulationsAgreeWithTheTheoryAndReportProgress() {
        let session = PreludeSession(seed: 4)
        let printed = session.printed("""
            let sim = simulatePerceptron(alpha: 2, fraction: 0.5, keep: .easy, dimension: 60, repeats: 6)
            let theory = perceptronTheory(alpha: sim.alpha, fraction: sim.fraction, keep: .easy).error
            print(abs(sim.error - theory) < 4 * sim.standardError + 0.02, sim.standardError > 0)
            let sweep = simulationSweep(alphas: [0.5, 2], fractions: [0.5, 1], dimension: 40, repeats: 3)
            print(sweep.points.count, sweep.differences.count, sweep.agreement > 0.5)
            """)
        XCTAssertEqual(printed, "true true\n8 2 true")
        XCTAssertEqual(session.host.events.last?.total, 12)
    }

    func testASimulationStopsWhenTheCellIsInterrupted() {
        let session = PreludeSession()
        let started = Date()
        let error = session.failure("simulationSweep(alphas: [1, 2, 4], fractions: [0.2, 0.5], dimension: 400, repeats: 200)", timeout: 0.3)
        XCTAssertEqual(error?.message, "cell timed out after 0.3 seconds")
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testBadProblemsSayWhatToPass() {
        let session = PreludeSession()
        XCTAssertEqual(session.failure("perceptronTheory(alpha: 1, fraction: 1.5)")?.message.contains("fraction f = 1.5 is outside (0, 1]"), true)
        XCTAssertEqual(session.failure("perceptronTheory(alpha: 1, keep: .medium)")?.message, "unknown keep rule .medium; use one of .easy, .hard")
    }
}
