import Foundation

/// Settings of the teacher–student simulation.
public struct SimulationOptions: Sendable, Equatable, Codable {
    /// d: the input dimension (the SDC paper uses 200 for a perfect probe, 50 for an imperfect one).
    public var dimension: Int
    /// Independent repeats per point (≥ 2, so that a standard error exists).
    public var repeats: Int
    /// The seed every trial's generator is derived from.
    public var seed: UInt64
    /// The max-margin solver's KKT tolerance.
    public var tolerance: Double
    /// Worker threads (defaults to the machine's cores). Results do not depend on it.
    public var threads: Int

    /// Options with the SDC paper's perfect-probe dimension and 20 repeats by default; `threads`
    /// defaults to the machine's active processor count.
    public init(dimension: Int = 200, repeats: Int = 20, seed: UInt64 = 2024, tolerance: Double = 1e-7, threads: Int? = nil) {
        self.dimension = dimension
        self.repeats = repeats
        self.seed = seed
        self.tolerance = tolerance
        self.threads = threads ?? ParallelRepeats.defaultThreads
    }

    func validate() throws {
        guard dimension >= 2 else { throw ScalingLawError.invalid("simulation: dimension \(dimension) must be at least 2, e.g. 200") }
        guard repeats >= 2 else { throw ScalingLawError.invalid("simulation: repeats \(repeats) must be at least 2 for a standard error") }
        guard threads >= 1 else { throw ScalingLawError.invalid("simulation: threads \(threads) must be at least 1") }
        guard tolerance > 0, tolerance < 0.1 else { throw ScalingLawError.invalid("simulation: solver tolerance \(tolerance) must be in (0, 0.1)") }
    }
}

/// One trial: a max-margin student trained on one pruned draw.
public struct SimulationTrial: Sendable, Codable, Equatable {
    /// R = ŵ·T̂.
    public let overlap: Double
    /// κ = 1/‖w‖.
    public let margin: Double
    /// ε = arccos(R)/π: the exact test error for Gaussian inputs.
    public var testError: Double { acos(min(1, max(-1, overlap))) / .pi }
}

/// The simulated test error of one problem, over repeats.
public struct SimulationResult: Sendable, Codable {
    /// The problem as asked for.
    public let problem: PruningProblem
    /// d.
    public let dimension: Int
    /// P_kept and P_tot used (the realised α_prune = kept/d and f = kept/total).
    public let keptCount: Int, totalCount: Int
    /// The trials, in repeat order.
    public let trials: [SimulationTrial]

    /// Mean test error over repeats.
    public var meanError: Double { Statistics.mean(trials.map(\.testError)) }
    /// Standard error of `meanError`: sample standard deviation / √repeats.
    public var standardError: Double { Statistics.standardError(trials.map(\.testError)) }
    /// Mean margin κ over repeats.
    public var meanMargin: Double { Statistics.mean(trials.map(\.margin)) }
    /// The realised α_prune = P_kept/d.
    public var realisedAlphaPrune: Double { Double(keptCount) / Double(dimension) }
    /// The realised f = P_kept/P_tot.
    public var realisedFraction: Double { Double(keptCount) / Double(totalCount) }
}

/// The teacher–student simulation of METHODS.md §15 / the SDC paper's Figure 4: draw inputs,
/// prune them with a probe, train the max-margin student, measure arccos(R)/π.
public enum PerceptronSimulation {
    /// One trial of `problem` at dimension d with the given repeat index.
    ///
    /// The trial's generator is seeded from (seed, repeat, d, θ, P_tot, P_kept) but *not* from
    /// the keep rule, so the easy and hard trials of the same point prune the same draw (common
    /// random numbers: their difference has a smaller standard error), and f = 1 gives the same
    /// trial for both rules.
    public static func trial(
        _ problem: PruningProblem, dimension: Int, repeat index: Int, seed: UInt64, tolerance: Double = 1e-7,
        isCancelled: (() -> Bool)? = nil
    ) throws -> SimulationTrial {
        let (kept, total) = PrunedTeacherData.counts(for: problem, dimension: dimension)
        var generator = Xoshiro256StarStar(seed: SplitMix64.derive(seed, [
            UInt64(index), UInt64(dimension), problem.probeAngle.bitPattern, UInt64(total), UInt64(kept),
        ]))
        let data = try PrunedTeacherData(
            dimension: dimension, totalCount: total, keptCount: kept, keep: problem.keep,
            probeAngle: problem.probeAngle, generator: &generator)
        let solution = try MaxMarginSolver(tolerance: tolerance).solve(
            samples: data.samples, count: kept, dimension: dimension, isCancelled: isCancelled)
        let overlap = MaxMarginSolver.dot(solution.weights, 0, data.teacher, 0, dimension) * solution.margin
        return SimulationTrial(overlap: overlap, margin: solution.margin)
    }

    /// All repeats of `problem`, spread over `options.threads` threads.
    ///
    /// Deterministic for a given seed whatever the thread count. `progress` reports finished
    /// repeats (from a worker thread); `isCancelled` is checked between repeats and inside the
    /// solver, and makes this throw `ScalingLawError.cancelled`.
    public static func run(
        _ problem: PruningProblem, options: SimulationOptions = SimulationOptions(),
        progress: (@Sendable (WorkProgress) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) throws -> SimulationResult {
        try options.validate()
        let trials = try ParallelRepeats.run(
            count: options.repeats, threads: options.threads, progress: progress, isCancelled: isCancelled
        ) { index in
            try trial(problem, dimension: options.dimension, repeat: index, seed: options.seed,
                      tolerance: options.tolerance, isCancelled: isCancelled)
        }
        let (kept, total) = PrunedTeacherData.counts(for: problem, dimension: options.dimension)
        return SimulationResult(problem: problem, dimension: options.dimension, keptCount: kept, totalCount: total, trials: trials)
    }
}
