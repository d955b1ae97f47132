import Foundation

/// Theory against simulation at one (α, f, keep) of a sweep.
public struct ComparisonPoint: Sendable, Codable, Equatable {
    /// α as the grid reads it, and f as asked for.
    public let alpha: Double, fraction: Double
    /// The keep rule.
    public let keep: KeepRule
    /// P_kept and P_tot.
    public let keptCount: Int, totalCount: Int
    /// The realised α_prune = P_kept/d and f = P_kept/P_tot, at which the theory is evaluated.
    public let realisedAlphaPrune: Double, realisedFraction: Double
    /// The theory's ε and κ at the realised α_prune and f.
    public let theoryError: Double, theoryMargin: Double
    /// The simulation's mean ε, its standard error (sd/√repeats), and its mean κ.
    public let simulatedError: Double, standardError: Double, simulatedMargin: Double

    /// (simulated − theory) / standard error.
    public var zScore: Double { (simulatedError - theoryError) / standardError }
    /// Whether the theory lies within two standard errors of the simulated mean.
    public var withinTwoStandardErrors: Bool { abs(simulatedError - theoryError) <= 2 * standardError }
}

/// How often the theory lies within two standard errors of the simulation, for one keep rule.
public struct Agreement: Sendable, Codable, Equatable {
    /// The keep rule.
    public let keep: KeepRule
    /// Points compared (f = 1 points count for both rules: they are the same curve).
    public let points: Int
    /// Points with |simulated − theory| ≤ 2 SE.
    public let withinTwoStandardErrors: Int
    /// The largest |z| and the mean z (a bias shows as a mean far from 0).
    public let largestAbsoluteZ: Double, meanZ: Double

    /// withinTwoStandardErrors / points.
    public var rate: Double { Double(withinTwoStandardErrors) / Double(points) }
}

/// The simulated side of a sweep and its comparison with the theory.
public struct SimulationSweepResult: Sendable, Codable {
    /// The grid swept.
    public let grid: SweepGrid
    /// The simulation options used.
    public let options: SimulationOptions
    /// Theory against simulation at every (α, f, keep).
    public let comparisons: [ComparisonPoint]
    /// Paired differences ε_easy − ε_hard (common random numbers), fractions < 1.
    public let differences: [DifferencePoint]

    /// The agreement per keep rule.
    public var agreement: [Agreement] {
        KeepRule.allCases.compactMap { keep in
            let mine = comparisons.filter { $0.keep == keep }
            guard !mine.isEmpty else { return nil }
            let z = mine.map(\.zScore)
            return Agreement(keep: keep, points: mine.count, withinTwoStandardErrors: mine.filter(\.withinTwoStandardErrors).count,
                             largestAbsoluteZ: z.map(abs).max() ?? 0, meanZ: Statistics.mean(z))
        }
    }
}

/// The simulation sweep of Figure 4: every (α, f) of the grid, easy and hard, over repeats,
/// compared with the theory at the realised sample sizes.
public enum SimulationSweep {
    /// Runs the sweep on `options.threads` threads.
    ///
    /// One task is one (α, f, repeat): it draws one data set and trains the hard and the easy
    /// student on its two selections (one student when f = 1), so the difference has paired
    /// repeats. Results do not depend on the thread count. `progress` counts finished tasks
    /// (α × f × repeats of them); `isCancelled` stops the sweep with `ScalingLawError.cancelled`.
    /// Cost at the defaults (d = 200, 20 repeats, `SweepGrid.figure4`): a few minutes on 2 cores.
    public static func run(
        _ grid: SweepGrid, options: SimulationOptions = SimulationOptions(), theory: TheoryOptions = TheoryOptions(),
        progress: (@Sendable (WorkProgress) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) throws -> SimulationSweepResult {
        try options.validate()
        let nAlpha = grid.alphas.count, nFraction = grid.fractions.count, repeats = options.repeats
        let tasks = try ParallelRepeats.run(
            count: nAlpha * nFraction * repeats, threads: options.threads, progress: progress, isCancelled: isCancelled
        ) { task -> [SimulationTrial] in
            let i = task / (nFraction * repeats), j = (task / repeats) % nFraction, r = task % repeats
            let rules: [KeepRule] = grid.fractions[j] >= 1 ? [.hard] : [.hard, .easy]
            return try rules.map { keep in
                try PerceptronSimulation.trial(try grid.problem(i, j, keep), dimension: options.dimension, repeat: r,
                                               seed: options.seed, tolerance: options.tolerance, isCancelled: isCancelled)
            }
        }
        // tasks[t] holds the hard trial first, then the easy one (absent when f = 1).
        func trials(_ i: Int, _ j: Int, _ keep: KeepRule) -> [SimulationTrial] {
            (0..<repeats).map { r in
                let pair = tasks[(i * nFraction + j) * repeats + r]
                return keep == .easy && pair.count == 2 ? pair[1] : pair[0]
            }
        }
        var comparisons: [ComparisonPoint] = []
        for j in 0..<nFraction {
            for keep in KeepRule.allCases {
                var previous: TheorySolution?
                for i in 0..<nAlpha {
                    let asked = try grid.problem(i, j, keep)
                    let (kept, total) = PrunedTeacherData.counts(for: asked, dimension: options.dimension)
                    let realised = try PruningProblem(
                        alphaPrune: Double(kept) / Double(options.dimension), fraction: Double(kept) / Double(total),
                        keep: keep, probeAngle: grid.probeAngle)
                    let solution = try PerceptronTheory.solve(realised, options: theory, start: previous)
                    previous = solution
                    let sample = trials(i, j, keep)
                    let errors = sample.map(\.testError)
                    comparisons.append(ComparisonPoint(
                        alpha: grid.alphas[i], fraction: grid.fractions[j], keep: keep, keptCount: kept, totalCount: total,
                        realisedAlphaPrune: realised.alphaPrune, realisedFraction: realised.fraction,
                        theoryError: solution.testError, theoryMargin: solution.margin,
                        simulatedError: Statistics.mean(errors), standardError: Statistics.standardError(errors),
                        simulatedMargin: Statistics.mean(sample.map(\.margin))))
                }
            }
        }
        var differences: [DifferencePoint] = []
        for j in 0..<nFraction where grid.fractions[j] < 1 {
            for i in 0..<nAlpha {
                let point = { (keep: KeepRule) in
                    comparisons.first { $0.alpha == grid.alphas[i] && $0.fraction == grid.fractions[j] && $0.keep == keep }
                }
                guard let easy = point(.easy), let hard = point(.hard) else { continue }
                let paired = zip(trials(i, j, .easy), trials(i, j, .hard)).map { $0.testError - $1.testError }
                differences.append(DifferencePoint(
                    alpha: grid.alphas[i], fraction: grid.fractions[j], theory: easy.theoryError - hard.theoryError,
                    simulated: Statistics.mean(paired), standardError: Statistics.standardError(paired)))
            }
        }
        return SimulationSweepResult(grid: grid, options: options, comparisons: comparisons, differences: differences)
    }
}
