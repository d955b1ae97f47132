import Foundation

/// The grid of a scaling-law sweep: α values (read per `measure`), kept fractions and the probe
/// angle. `figure4` is the SDC paper's Figure 4: ε against α_syn = α_prune.
public struct SweepGrid: Sendable, Codable, Equatable {
    /// The α values, ascending, read as `measure` says.
    public var alphas: [Double]
    /// Whether `alphas` are α_prune (= α_syn, Figure 4's axis) or α_tot.
    public var measure: AlphaMeasure
    /// The kept fractions f, each in (0, 1].
    public var fractions: [Double]
    /// θ in radians (0: perfect probe).
    public var probeAngle: Double

    /// A grid; throws for non-positive or unsorted α, fractions outside (0, 1] or θ outside [0, π/2).
    public init(alphas: [Double], measure: AlphaMeasure = .pruned, fractions: [Double], probeAngle: Double = 0) throws {
        guard !alphas.isEmpty, alphas.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw ScalingLawError.invalid("sweep: α values must be positive and finite (got \(alphas))")
        }
        guard zip(alphas, alphas.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ScalingLawError.invalid("sweep: α values must be strictly ascending")
        }
        guard !fractions.isEmpty, fractions.allSatisfy({ $0 > 0 && $0 <= 1 }) else {
            throw ScalingLawError.invalid("sweep: fractions must lie in (0, 1] (got \(fractions))")
        }
        guard probeAngle >= 0, probeAngle < Double.pi / 2 else {
            throw ScalingLawError.invalid("sweep: probe angle \(probeAngle) rad is outside [0, π/2)")
        }
        self.alphas = alphas
        self.measure = measure
        self.fractions = fractions
        self.probeAngle = probeAngle
    }

    /// `count` values from `low` to `high`, equally spaced in log α.
    public static func logSpaced(from low: Double, to high: Double, count: Int) throws -> [Double] {
        guard low > 0, high > low, count >= 2 else {
            throw ScalingLawError.invalid("log grid: need 0 < low < high and count ≥ 2 (got \(low), \(high), \(count))")
        }
        return (0..<count).map { low * pow(high / low, Double($0) / Double(count - 1)) }
    }

    /// The SDC paper's Figure 4 (perfect probe): 12 values of α_prune from 0.2 to 10, log-spaced,
    /// and f ∈ {0.2, 0.4, 0.6, 0.8, 1.0}.
    public static var figure4: SweepGrid {
        SweepGrid(
            checked: (0..<12).map { 0.2 * pow(50, Double($0) / 11) }, measure: .pruned,
            fractions: [0.2, 0.4, 0.6, 0.8, 1.0], probeAngle: 0)
    }

    /// A grid whose values are known to be valid.
    private init(checked alphas: [Double], measure: AlphaMeasure, fractions: [Double], probeAngle: Double) {
        self.alphas = alphas
        self.measure = measure
        self.fractions = fractions
        self.probeAngle = probeAngle
    }

    /// The problem at α index `i`, fraction index `j`, with the given keep rule.
    func problem(_ i: Int, _ j: Int, _ keep: KeepRule) throws -> PruningProblem {
        try PruningProblem(alpha: alphas[i], measure: measure, fraction: fractions[j], keep: keep, probeAngle: probeAngle)
    }
}
