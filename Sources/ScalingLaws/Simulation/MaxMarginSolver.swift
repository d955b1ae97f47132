import Foundation

/// The hard-margin support vector machine without bias: the max-margin perceptron.
///
/// Given samples zᵢ = yᵢxᵢ (P × d), it finds w minimising ½‖w‖² subject to zᵢ·w ≥ 1 for all i;
/// the margin of the unit vector ŵ is κ = min zᵢ·ŵ = 1/‖w‖. The data must be linearly
/// separable through the origin (they are whenever the labels come from a teacher perceptron).
/// Equivalently it solves the dual min ½αᵀKα − 1ᵀα over α ≥ 0, K = ZZᵀ, with w = Zᵀα.
///
/// Method, in two stages (`DualCoordinateAscent`, `ActiveSetFinish`):
/// 1. A few passes (`warmStartPasses`) of dual coordinate ascent (Hsieh et al. 2008 with no upper
///    bound): cyclic exact minimisation in one αᵢ at a time, αᵢ ← max(0, αᵢ − (zᵢ·w − 1)/‖zᵢ‖²),
///    with LIBLINEAR's shrinking. Ascent alone is slow here: pruned data at large α have nearly
///    d support vectors and an ill-conditioned K (10⁵ passes and more), so it only warm-starts:
/// 2. an exact active-set method on the dual (Lawson & Hanson's NNLS scheme with an updated
///    Cholesky factor of K_PP), which ends with every margin ≥ 1 − 1e-9 and the support vectors'
///    margins equal to 1 to rounding: the KKT conditions hold (`exact` true).
/// Should stage 2 give up (a step cap, or a factor that loses positive definiteness to rounding),
/// the ascent resumes until every projected gradient is within `tolerance` (it converges linearly
/// for this problem class, Luo & Tseng 1992) and that answer is returned with `exact` false.
///
/// Cost: O(P·d) per ascent pass; O(|P|² + P·d) per active-set step, with a few hundred steps at
/// P = 2000, d = 200 (tens of milliseconds).
public struct MaxMarginSolver: Sendable {
    /// The ascent's KKT tolerance (margins in units of 1), used only if the exact stage gives up.
    public var tolerance: Double
    /// Give up after this many ascent passes in all.
    public var maxEpochs: Int
    /// Ascent passes that warm-start the active-set solve.
    public var warmStartPasses: Int

    /// A solver with the given fallback tolerance, pass budget and warm start.
    public init(tolerance: Double = 1e-7, maxEpochs: Int = 1_000_000, warmStartPasses: Int = 20) {
        self.tolerance = tolerance
        self.maxEpochs = maxEpochs
        self.warmStartPasses = warmStartPasses
    }

    /// A solved max-margin problem.
    public struct Solution: Sendable {
        /// w with min zᵢ·w = 1 (d entries).
        public let weights: [Double]
        /// The dual variables αᵢ ≥ 0 (P entries); w = Σαᵢzᵢ.
        public let dual: [Double]
        /// κ = 1/‖w‖: the margin of ŵ.
        public let margin: Double
        /// The largest KKT violation, recomputed from scratch: max over i of
        /// (1 − zᵢ·w)₊ for all i and |zᵢ·w − 1| for support vectors.
        public let kktViolation: Double
        /// Ascent passes over the active samples.
        public let epochs: Int
        /// Whether the active-set finish succeeded (the answer is exact to rounding).
        public let exact: Bool
        /// The number of support vectors (αᵢ > 0).
        public var supportCount: Int { dual.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
    }

    /// Solves the problem for `samples` (count × dimension, row-major: sample i is
    /// samples[i*d ..< (i+1)*d], already multiplied by its label).
    /// Throws when the data are not separable through the origin, when it does not converge in
    /// `maxEpochs`, or when `isCancelled` returns true (checked every 64 passes or steps).
    public func solve(
        samples: [Double], count: Int, dimension: Int, isCancelled: (() -> Bool)? = nil
    ) throws -> Solution {
        guard count >= 1, dimension >= 1, samples.count == count * dimension else {
            throw ScalingLawError.invalid(
                "max-margin: \(samples.count) values do not make \(count) samples of dimension \(dimension)")
        }
        var ascent = try DualCoordinateAscent(samples: samples, count: count, dimension: dimension)
        try ascent.run(tolerance: 1e-2, passes: warmStartPasses, isCancelled: isCancelled)
        if let exact = try ActiveSetFinish.run(
            samples, count: count, dimension: dimension, from: ascent.alpha, isCancelled: isCancelled
        ) {
            return solution(samples, count, dimension, dual: exact.dual, weights: exact.weights, epochs: ascent.epochs, exact: true)
        }
        guard try ascent.run(tolerance: tolerance, passes: maxEpochs, isCancelled: isCancelled) else {
            throw ScalingLawError(.noConvergence,
                "max-margin: not converged after \(ascent.epochs) passes; the data may be nearly inseparable through the origin")
        }
        return solution(samples, count, dimension, dual: ascent.alpha, weights: ascent.w, epochs: ascent.epochs, exact: false)
    }

    private func solution(_ z: [Double], _ count: Int, _ d: Int, dual: [Double], weights: [Double], epochs: Int, exact: Bool) -> Solution {
        Solution(
            weights: weights, dual: dual, margin: 1 / Self.dot(weights, 0, weights, 0, d).squareRoot(),
            kktViolation: Self.kktViolation(z, count: count, dimension: d, weights: weights, dual: dual),
            epochs: epochs, exact: exact)
    }

    /// max over i of (1 − zᵢ·w)₊, and of |zᵢ·w − 1| where αᵢ > 0.
    static func kktViolation(_ z: [Double], count: Int, dimension d: Int, weights w: [Double], dual: [Double]) -> Double {
        var worst = 0.0
        for i in 0..<count {
            let margin = dot(z, i * d, w, 0, d)
            worst = max(worst, 1 - margin)
            if dual[i] > 0 { worst = max(worst, abs(margin - 1)) }
        }
        return worst
    }

    /// zᵢ·w for every sample, four rows at a time.
    static func margins(_ z: [Double], count: Int, dimension d: Int, weights w: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        z.withUnsafeBufferPointer { pz in
            w.withUnsafeBufferPointer { pw in
                out.withUnsafeMutableBufferPointer { po in
                    var i = 0
                    while i + 4 <= count {
                        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                        let r0 = i * d, r1 = r0 + d, r2 = r1 + d, r3 = r2 + d
                        for j in 0..<d {
                            let wj = pw[j]
                            s0 += pz[r0 + j] * wj
                            s1 += pz[r1 + j] * wj
                            s2 += pz[r2 + j] * wj
                            s3 += pz[r3 + j] * wj
                        }
                        po[i] = s0; po[i + 1] = s1; po[i + 2] = s2; po[i + 3] = s3
                        i += 4
                    }
                    while i < count {
                        var s0 = 0.0
                        for j in 0..<d { s0 += pz[i * d + j] * pw[j] }
                        po[i] = s0
                        i += 1
                    }
                }
            }
        }
        return out
    }

    @inline(__always)
    static func dot(_ a: [Double], _ offsetA: Int, _ b: [Double], _ offsetB: Int, _ n: Int) -> Double {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                var j = 0
                while j + 4 <= n {
                    s0 += pa[offsetA + j] * pb[offsetB + j]
                    s1 += pa[offsetA + j + 1] * pb[offsetB + j + 1]
                    s2 += pa[offsetA + j + 2] * pb[offsetB + j + 2]
                    s3 += pa[offsetA + j + 3] * pb[offsetB + j + 3]
                    j += 4
                }
                while j < n {
                    s0 += pa[offsetA + j] * pb[offsetB + j]
                    j += 1
                }
                return (s0 + s1) + (s2 + s3)
            }
        }
    }

    @inline(__always)
    static func addScaled(_ scale: Double, _ a: [Double], _ offset: Int, to w: inout [Double], _ n: Int) {
        a.withUnsafeBufferPointer { pa in
            w.withUnsafeMutableBufferPointer { pw in
                for j in 0..<n { pw[j] += scale * pa[offset + j] }
            }
        }
    }
}
