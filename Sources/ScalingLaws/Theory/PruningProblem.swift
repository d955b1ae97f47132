import Foundation

/// Which examples a pruned (or distilled) data set keeps, judged by their margin |p| along the probe.
public enum KeepRule: String, Sendable, CaseIterable, Codable {
    /// Keep the fraction f with the largest |p|: |p| > γ, f = erfc(γ/√2).
    case easy
    /// Keep the fraction f with the smallest |p|: |p| < γ, f = erf(γ/√2).
    case hard
}

/// How an α value is to be read: per dimension before or after pruning.
///
/// The SDC paper's Figure 4 plots the test error against α_syn, the synthetic (kept) samples per
/// parameter, which is METHODS.md §15's α_prune = f·α_tot. Sorscher et al.'s pruning plots often
/// use α_tot, the data per parameter *before* pruning. Sweeps take one of these explicitly.
public enum AlphaMeasure: String, Sendable, CaseIterable, Codable {
    /// α is α_prune = α_syn: kept examples per dimension (the SDC paper's Figure 4 axis).
    case pruned
    /// α is α_tot: examples per dimension before pruning; the student sees f·α_tot per dimension.
    case total
}

/// One point of the teacher–student pruning model (METHODS.md §15): how much data the student
/// keeps per dimension, which fraction of the full set that is, which examples it keeps, and
/// how good the probe that ranks them is.
///
/// The stored α is α_prune (kept examples per dimension, the SDC paper's α_syn); α_tot =
/// α_prune / f is derived. Construct from either with the labelled initialisers.
public struct PruningProblem: Sendable, Equatable, Codable, CustomStringConvertible {
    /// α_prune: examples the student trains on, per input dimension (> 0).
    public let alphaPrune: Double
    /// f: the kept fraction of the full data set, in (0, 1]. f = 1 is no pruning.
    public let fraction: Double
    /// Keep easy (large |p|) or hard (small |p|) examples. Irrelevant when f = 1.
    public let keep: KeepRule
    /// θ: the angle between the probe and the teacher, in radians, in [0, π/2). 0 is a perfect probe.
    public let probeAngle: Double

    /// A problem given α_prune (= α_syn), the kept examples per dimension.
    public init(alphaPrune: Double, fraction: Double, keep: KeepRule, probeAngle: Double = 0) throws {
        guard alphaPrune.isFinite, alphaPrune > 0 else {
            throw ScalingLawError.invalid("α_prune = \(alphaPrune) must be a positive number of kept examples per dimension, e.g. 2")
        }
        guard fraction.isFinite, fraction > 0, fraction <= 1 else {
            throw ScalingLawError.invalid("fraction f = \(fraction) is outside (0, 1]; pass the kept fraction of the data, e.g. 0.4")
        }
        guard probeAngle.isFinite, probeAngle >= 0, probeAngle < Double.pi / 2 else {
            throw ScalingLawError.invalid(
                "probe angle θ = \(probeAngle) rad is outside [0, π/2); pass radians, e.g. 30 * .pi / 180 for 30°")
        }
        self.alphaPrune = alphaPrune
        self.fraction = fraction
        self.keep = keep
        self.probeAngle = probeAngle
    }

    /// A problem given α_tot, the examples per dimension before pruning; α_prune = f·α_tot.
    public init(alphaTotal: Double, fraction: Double, keep: KeepRule, probeAngle: Double = 0) throws {
        guard alphaTotal.isFinite, alphaTotal > 0 else {
            throw ScalingLawError.invalid("α_tot = \(alphaTotal) must be a positive number of examples per dimension, e.g. 4")
        }
        try self.init(alphaPrune: fraction * alphaTotal, fraction: fraction, keep: keep, probeAngle: probeAngle)
    }

    /// A problem with α read as `measure` says.
    public init(alpha: Double, measure: AlphaMeasure, fraction: Double, keep: KeepRule, probeAngle: Double = 0) throws {
        switch measure {
        case .pruned: try self.init(alphaPrune: alpha, fraction: fraction, keep: keep, probeAngle: probeAngle)
        case .total: try self.init(alphaTotal: alpha, fraction: fraction, keep: keep, probeAngle: probeAngle)
        }
    }

    /// α_tot = α_prune / f: examples per dimension before pruning.
    public var alphaTotal: Double { alphaPrune / fraction }

    /// α under the given reading.
    public func alpha(_ measure: AlphaMeasure) -> Double { measure == .pruned ? alphaPrune : alphaTotal }

    /// γ: the |p| threshold that keeps the fraction f (hard: |p| < γ; easy: |p| > γ).
    /// Hard: f = erf(γ/√2); easy: f = erfc(γ/√2). The start −Φ⁻¹((1−f)/2) or −Φ⁻¹(f/2) is
    /// refined by two Newton steps on erf or erfc themselves (d/dγ erf(γ/√2) = 2φ(γ)), which keeps
    /// full relative accuracy even for f of 1e-12, where 1 − f has lost digits.
    /// At f = 1 it is +∞ for hard and 0 for easy: both keep everything.
    public var threshold: Double {
        if fraction >= 1 { return keep == .hard ? .infinity : 0 }
        let p = keep == .hard ? 0.5 * (1 - fraction) : 0.5 * fraction
        // p is in (0, ½) for f in (0, 1), where the quantile cannot fail.
        var gamma = -((try? Gaussian.quantile(p)) ?? .nan)
        for _ in 0..<2 {
            let kept = keep == .hard ? erf(gamma / 2.0.squareRoot()) : erfc(gamma / 2.0.squareRoot())
            gamma += (keep == .hard ? fraction - kept : kept - fraction) / (2 * Gaussian.pdf(gamma))
        }
        return gamma
    }

    /// The kept interval of |p| (or of u = |t| for a perfect probe): [0, γ) or [γ, ∞).
    public var keptInterval: (lower: Double, upper: Double) {
        keep == .hard ? (0, threshold) : (threshold, .infinity)
    }

    /// A one-line summary: α_prune, α_tot, f, the keep rule and θ in degrees.
    public var description: String {
        let angle = probeAngle == 0 ? "" : String(format: ", θ = %.1f°", probeAngle * 180 / .pi)
        return String(format: "α_prune = %.4g (α_tot = %.4g), f = %.3g, keep %@", alphaPrune, alphaTotal, fraction, keep.rawValue)
            + angle
    }
}
