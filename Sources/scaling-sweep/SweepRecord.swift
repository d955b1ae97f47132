import Foundation
import ScalingLaws

/// Everything `scaling-sweep` measured, as JSON and as a markdown summary.
struct SweepRecord: Encodable {
    let theorySeconds: Double
    let theoryCPUSeconds: Double
    let simulationSeconds: Double
    let simulationCPUSeconds: Double
    let imperfectSeconds: Double
    let threads: Int
    let curves: [TheoryPoint]
    let differenceMap: [DifferencePoint]
    let crossovers: [Crossover]
    let classical: ClassicalCheck
    let simulation: SimulationSweepResult
    let imperfect: SimulationSweepResult

    private enum CodingKeys: String, CodingKey {
        case theorySeconds, theoryCPUSeconds, simulationSeconds, simulationCPUSeconds, imperfectSeconds, threads, curves, differenceMap, crossovers, classical
        case simulation, agreement, imperfect, imperfectAgreement
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(theorySeconds, forKey: .theorySeconds)
        try c.encode(theoryCPUSeconds, forKey: .theoryCPUSeconds)
        try c.encode(simulationSeconds, forKey: .simulationSeconds)
        try c.encode(simulationCPUSeconds, forKey: .simulationCPUSeconds)
        try c.encode(imperfectSeconds, forKey: .imperfectSeconds)
        try c.encode(threads, forKey: .threads)
        try c.encode(curves, forKey: .curves)
        try c.encode(differenceMap, forKey: .differenceMap)
        try c.encode(crossovers, forKey: .crossovers)
        try c.encode(classical, forKey: .classical)
        try c.encode(simulation, forKey: .simulation)
        try c.encode(simulation.agreement, forKey: .agreement)
        try c.encode(imperfect, forKey: .imperfect)
        try c.encode(imperfect.agreement, forKey: .imperfectAgreement)
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    func markdown() -> String {
        let options = simulation.options
        var lines = [
            "# Scaling-law theory vs simulation (SDC paper, Figure 4)",
            "",
            "Written by `swift run -c release scaling-sweep`. α is α_prune = α_syn (kept examples per dimension).",
            "",
            String(format: "Perfect probe: d = %d, %d repeats, seed %llu, %d threads. Simulation %.0f s wall (%.0f s CPU); "
                   + "full theory grid (%d curve points + %d map points + crossovers) %.1f s wall (%.1f s CPU). "
                   + "Wall times depend on the machine's load; CPU times less so.",
                   options.dimension, options.repeats, options.seed, threads, simulationSeconds, simulationCPUSeconds,
                   curves.count, differenceMap.count, theorySeconds, theoryCPUSeconds),
            "",
            "## Agreement: theory within 2 standard errors of the simulated mean",
            "",
            "| probe | keep | points | within 2 SE | rate | largest abs(z) | mean z |",
            "|---|---|---|---|---|---|---|",
        ]
        let runs = [("θ = 0, d = \(options.dimension)", simulation),
                    ("θ = 30°, f = 0.5, d = \(imperfect.options.dimension), \(imperfect.options.repeats) repeats", imperfect)]
        for (label, result) in runs {
            for a in result.agreement {
                lines.append(String(format: "| %@ | %@ | %d | %d | %.0f%% | %.2f | %+.2f |", label, a.keep.rawValue, a.points,
                                    a.withinTwoStandardErrors, 100 * a.rate, a.largestAbsoluteZ, a.meanZ))
            }
        }
        lines += ["", "## Test error ε: theory / simulation ± SE (perfect probe)", ""]
        lines.append("| α | " + simulation.grid.fractions.flatMap { f in ["f=\(f) hard", "f=\(f) easy"] }.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---|", count: 2 * simulation.grid.fractions.count))
        for alpha in simulation.grid.alphas {
            var row = String(format: "| %.3g |", alpha)
            for f in simulation.grid.fractions {
                for keep in [KeepRule.hard, .easy] {
                    if let p = simulation.comparisons.first(where: { $0.alpha == alpha && $0.fraction == f && $0.keep == keep }) {
                        row += String(format: " %.4f / %.4f±%.4f%@ |", p.theoryError, p.simulatedError, p.standardError,
                                      p.withinTwoStandardErrors ? "" : " ✗")
                    }
                }
            }
            lines.append(row)
        }
        lines += ["", "## Hard − easy accuracy (ε_easy − ε_hard): theory / simulation ± SE (paired repeats)", ""]
        let fractions = simulation.grid.fractions.filter { $0 < 1 }
        lines.append("| α | " + fractions.map { "f=\($0)" }.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---|", count: fractions.count))
        for alpha in simulation.grid.alphas {
            var row = String(format: "| %.3g |", alpha)
            for f in fractions {
                if let d = simulation.differences.first(where: { $0.alpha == alpha && $0.fraction == f }) {
                    row += String(format: " %+.4f / %+.4f±%.4f |", d.theory, d.simulated ?? .nan, d.standardError ?? .nan)
                }
            }
            lines.append(row)
        }
        lines += ["", "## Crossover (theory): easy better at small α, hard better at large α", "",
                  "| f | α_prune where ε_easy = ε_hard | α_tot there | easy better at α = 0.2 | hard better at α = 10 |",
                  "|---|---|---|---|---|"]
        for c in crossovers {
            let at = c.alpha.map { String(format: "%.3f", $0) } ?? "none in range"
            let total = c.alpha.map { String(format: "%.3f", $0 / c.fraction) } ?? "–"
            lines.append("| \(c.fraction) | \(at) | \(total) | \(c.easyBetterAtSmallest ? "yes" : "no") | \(c.hardBetterAtLargest ? "yes" : "no") |")
        }
        lines += ["", "## f = 1 against the classical max-margin learning curve", "",
                  String(format: "Largest |ε_pruning − ε_classical| over the grid: %.2e. α·ε at α = 1000: %.4f "
                         + "(classical asymptote 0.5005).", classical.largestDifference, classical.asymptoticProduct)]
        return lines.joined(separator: "\n") + "\n"
    }
}
