import Foundation

/// One solved point of a theory curve.
public struct TheoryPoint: Sendable, Codable, Equatable {
    /// α as the grid reads it (α_prune or α_tot).
    public let alpha: Double
    /// α_prune and α_tot of the point.
    public let alphaPrune: Double, alphaTotal: Double
    /// f.
    public let fraction: Double
    /// The keep rule.
    public let keep: KeepRule
    /// ε = arccos(R)/π.
    public let testError: Double
    /// R and κ.
    public let overlap: Double, margin: Double
}

/// The accuracy difference between keeping hard and keeping easy examples at one (α, f):
/// (1 − ε_hard) − (1 − ε_easy) = ε_easy − ε_hard. Positive: hard is better. Figure 4(b).
public struct DifferencePoint: Sendable, Codable, Equatable {
    /// α (as the grid reads it) and f.
    public let alpha: Double, fraction: Double
    /// ε_easy − ε_hard from the theory.
    public let theory: Double
    /// The simulated mean of ε_easy − ε_hard over paired repeats, and its standard error (nil
    /// for theory-only maps).
    public let simulated: Double?, standardError: Double?
}

/// Where keeping hard examples starts to beat keeping easy ones, for one f.
public struct Crossover: Sendable, Codable, Equatable {
    /// f.
    public let fraction: Double
    /// The α (in the grid's measure) where ε_easy = ε_hard, or nil if the sign does not change
    /// inside the grid's range.
    public let alpha: Double?
    /// Theory: easy is better (lower ε) at the smallest α, and hard at the largest.
    public let easyBetterAtSmallest: Bool, hardBetterAtLargest: Bool
}

/// Theory sweeps: the curves of Figure 4(a), the hard − easy difference map of Figure 4(b), and
/// the crossover α per f.
public enum TheorySweep {
    /// ε for every (α, f, keep) of the grid. Each curve walks α upwards, warm-starting Newton
    /// from the previous point. f = 1 is solved once and reported for both keep rules.
    /// Cost: ~2 ms per point for θ = 0, ~0.1 s for θ > 0.
    public static func curves(
        _ grid: SweepGrid, keepRules: [KeepRule] = KeepRule.allCases, options: TheoryOptions = TheoryOptions()
    ) throws -> [TheoryPoint] {
        var points: [TheoryPoint] = []
        for j in grid.fractions.indices {
            var unpruned: [TheoryPoint]?
            for keep in keepRules {
                if grid.fractions[j] >= 1, let unpruned {
                    points += unpruned.map { relabel($0, keep) }
                    continue
                }
                var previous: TheorySolution?
                var curve: [TheoryPoint] = []
                for i in grid.alphas.indices {
                    let solution = try PerceptronTheory.solve(try grid.problem(i, j, keep), options: options, start: previous)
                    previous = solution
                    curve.append(point(solution, alpha: grid.alphas[i]))
                }
                if grid.fractions[j] >= 1 { unpruned = curve }
                points += curve
            }
        }
        return points
    }

    /// ε_easy − ε_hard from the theory on the grid (fractions < 1; f = 1 has no difference).
    public static func differenceMap(_ grid: SweepGrid, options: TheoryOptions = TheoryOptions()) throws -> [DifferencePoint] {
        let curves = try self.curves(grid, options: options)
        var map: [DifferencePoint] = []
        for f in grid.fractions where f < 1 {
            for alpha in grid.alphas {
                let easy = curves.first { $0.fraction == f && $0.alpha == alpha && $0.keep == .easy }
                let hard = curves.first { $0.fraction == f && $0.alpha == alpha && $0.keep == .hard }
                if let easy, let hard {
                    map.append(DifferencePoint(alpha: alpha, fraction: f, theory: easy.testError - hard.testError,
                                               simulated: nil, standardError: nil))
                }
            }
        }
        return map
    }

    /// The crossover of every f < 1 over the grid's α range: the sign change of ε_easy − ε_hard
    /// is bracketed on the grid and refined by Brent in log α (to 1e-10 relative).
    public static func crossovers(_ grid: SweepGrid, options: TheoryOptions = TheoryOptions()) throws -> [Crossover] {
        try grid.fractions.filter { $0 < 1 }.map { f in
            func gap(_ alpha: Double) throws -> Double {
                let easy = try PerceptronTheory.solve(
                    PruningProblem(alpha: alpha, measure: grid.measure, fraction: f, keep: .easy, probeAngle: grid.probeAngle), options: options)
                let hard = try PerceptronTheory.solve(
                    PruningProblem(alpha: alpha, measure: grid.measure, fraction: f, keep: .hard, probeAngle: grid.probeAngle), options: options)
                return easy.testError - hard.testError
            }
            let gaps = try grid.alphas.map(gap)
            var crossing: Double?
            for k in 0..<(gaps.count - 1) where gaps[k] < 0 && gaps[k + 1] >= 0 {
                let logRoot = try Brent.root(in: log(grid.alphas[k]), log(grid.alphas[k + 1]), fa: gaps[k], fb: gaps[k + 1],
                                             tolerance: 1e-10) { try gap(exp($0)) }
                crossing = exp(logRoot)
                break
            }
            return Crossover(fraction: f, alpha: crossing, easyBetterAtSmallest: gaps[0] < 0,
                             hardBetterAtLargest: gaps[gaps.count - 1] > 0)
        }
    }

    static func point(_ solution: TheorySolution, alpha: Double) -> TheoryPoint {
        let p = solution.problem
        return TheoryPoint(alpha: alpha, alphaPrune: p.alphaPrune, alphaTotal: p.alphaTotal, fraction: p.fraction,
                           keep: p.keep, testError: solution.testError, overlap: solution.overlap, margin: solution.margin)
    }

    private static func relabel(_ p: TheoryPoint, _ keep: KeepRule) -> TheoryPoint {
        TheoryPoint(alpha: p.alpha, alphaPrune: p.alphaPrune, alphaTotal: p.alphaTotal, fraction: p.fraction, keep: keep,
                    testError: p.testError, overlap: p.overlap, margin: p.margin)
    }
}
