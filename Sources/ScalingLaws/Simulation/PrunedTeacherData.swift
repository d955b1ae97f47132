import Foundation

/// One draw of the teacher–student pruning experiment (METHODS.md §15, "Simulation check"):
/// P_tot Gaussian inputs labelled by a teacher, ranked by their margin |p| along a probe at
/// angle θ to the teacher, of which the P_kept easiest or hardest are kept.
///
/// Coordinates. Both the input distribution N(0, I_d) and the max-margin solution are
/// equivariant under rotations, so the experiment is the same in any orthonormal basis; this one
/// takes the probe as e₁ and the teacher as T̂ = cos θ e₁ + sin θ e₂. Then p = x₁ exactly and the
/// teacher field is t = cos θ x₁ + sin θ x₂. The draw makes x₁ and x₂ for all P_tot inputs (so
/// that easy and hard selections of the same draw share their teachers' fields) and the other
/// d − 2 coordinates only for kept inputs, in kept order.
public struct PrunedTeacherData: Sendable {
    /// The kept samples zᵢ = yᵢxᵢ, P_kept × d row-major.
    public let samples: [Double]
    /// P_kept.
    public let count: Int
    /// d.
    public let dimension: Int
    /// The teacher's unit vector in this basis: (cos θ, sin θ, 0, …, 0).
    public let teacher: [Double]

    /// Draws P_tot = `totalCount` inputs in `dimension` dimensions and keeps `keptCount` of
    /// them by `keep`, with the probe at `probeAngle` (radians) to the teacher.
    public init(
        dimension d: Int, totalCount: Int, keptCount: Int, keep: KeepRule, probeAngle: Double,
        generator: inout Xoshiro256StarStar
    ) throws {
        guard d >= 2 else { throw ScalingLawError.invalid("simulation: dimension \(d) must be at least 2") }
        guard keptCount >= 1, keptCount <= totalCount else {
            throw ScalingLawError.invalid("simulation: cannot keep \(keptCount) of \(totalCount) samples")
        }
        let c = cos(probeAngle), s = sin(probeAngle)
        var probe = [Double](repeating: 0, count: totalCount)
        var second = [Double](repeating: 0, count: totalCount)
        for i in 0..<totalCount {
            probe[i] = generator.gaussian()
            second[i] = generator.gaussian()
        }
        let ranked = (0..<totalCount).sorted { abs(probe[$0]) < abs(probe[$1]) || (abs(probe[$0]) == abs(probe[$1]) && $0 < $1) }
        let kept = (keep == .hard ? ranked.prefix(keptCount) : ranked.suffix(keptCount)).sorted()
        var samples = [Double](repeating: 0, count: keptCount * d)
        for (row, i) in kept.enumerated() {
            let label: Double = c * probe[i] + s * second[i] >= 0 ? 1 : -1
            samples[row * d] = label * probe[i]
            samples[row * d + 1] = label * second[i]
            for j in 2..<d { samples[row * d + j] = label * generator.gaussian() }
        }
        self.samples = samples
        self.count = keptCount
        self.dimension = d
        var teacher = [Double](repeating: 0, count: d)
        teacher[0] = c
        teacher[1] = s
        self.teacher = teacher
    }

    /// The sample counts for a problem at dimension d: P_kept = round(α_prune·d) (at least 1) and
    /// P_tot = round(P_kept/f). The realised α_prune and f are P_kept/d and P_kept/P_tot.
    public static func counts(for problem: PruningProblem, dimension d: Int) -> (kept: Int, total: Int) {
        let kept = max(1, Int((problem.alphaPrune * Double(d)).rounded()))
        let total = max(kept, Int((Double(kept) / problem.fraction).rounded()))
        return (kept, total)
    }
}
