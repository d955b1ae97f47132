/// The exact solver of `MaxMarginSolver`: an active-set method for the hard-margin SVM dual
/// min q(α) = ½αᵀKα − 1ᵀα over α ≥ 0, K = ZZᵀ (Lawson & Hanson's NNLS scheme, "Solving Least
/// Squares Problems", 1974, ch. 23, applied to this quadratic), with the support set's Cholesky
/// factor updated in place.
///
/// Invariant: α ≥ 0 (always feasible: the dual has no other constraint) and zero off the
/// working set P. Each step either
/// - solves K_PP s = 1; if some sᵢ ≤ 0, moves α toward s until the first such αᵢ reaches 0 and
///   drops it (q does not increase); otherwise sets α_P = s, and adds the `batch` samples of
///   smallest margin zⱼ·w below 1 − 1e-9, or stops: then every margin is ≥ 1 − 1e-9, the
///   support vectors' are 1 to rounding, and the KKT conditions hold. (Adding several samples
///   at once saves margin evaluations; should a whole batch be dropped again, the method falls
///   back to Lawson–Hanson's single most-violated sample, for which sⱼ > 0 is guaranteed.)
/// - or, when zⱼ lies in the span of Z_P (P already spans ℝᵈ), writes zⱼ = Σcᵢzᵢ and moves along
///   the null direction (αⱼ += t, α_P −= t c), which leaves w unchanged and lowers q by
///   t(1 − zⱼ·w), until the first αᵢ with cᵢ > 0 reaches 0; that sample leaves and zⱼ enters.
///   No cᵢ > 0 means the data are not separable.
/// Since q strictly decreases between additions, no working set repeats and the method ends in
/// finitely many steps.
enum ActiveSetFinish {
    /// The exact optimum, or nil when the steps run out (a cap of
    /// 20(P + d)) or the factor loses positive definiteness to rounding; `start` warm-starts α.
    /// Throws when the data are not separable or `isCancelled` returns true (every 64 steps).
    static func run(
        _ z: [Double], count: Int, dimension d: Int, from start: [Double], batch: Int = 8,
        isCancelled: (() -> Bool)? = nil
    ) throws -> (dual: [Double], weights: [Double])? {
        var alpha = start.map { max($0, 0) }
        var factor = UpdatableCholesky(capacity: d + 1)
        var working: [Int] = []
        for i in 0..<count where alpha[i] > 0 {
            if !append(i, to: &factor, working: &working, z, d) { alpha[i] = 0 }
        }
        var w = [Double](repeating: 0, count: d)
        var batchSize = max(1, batch)
        var lastBatch: [Int] = []
        for step in 0..<(20 * (count + d)) {
            if step % 64 == 0, isCancelled?() == true { throw ScalingLawError.cancelled }
            let target = factor.solve([Double](repeating: 1, count: working.count))
            if target.contains(where: { $0 <= 0 }) {
                var t = 1.0, leaving = -1
                for (a, i) in working.enumerated() where target[a] <= 0 {
                    let gap = alpha[i] - target[a]
                    let ratio = gap > 0 ? alpha[i] / gap : 0
                    if leaving < 0 || ratio < t {
                        t = min(t, ratio)
                        leaving = a
                    }
                }
                for (a, i) in working.enumerated() { alpha[i] += t * (target[a] - alpha[i]) }
                alpha[working[leaving]] = 0
                factor.remove(at: leaving)
                working.remove(at: leaving)
                continue
            }
            for (a, i) in working.enumerated() { alpha[i] = target[a] }
            // A batch that left the working set entirely made no progress: add one at a time.
            if !lastBatch.isEmpty, !lastBatch.contains(where: { alpha[$0] > 0 }) { batchSize = 1 }
            w = [Double](repeating: 0, count: d)
            for i in working { MaxMarginSolver.addScaled(alpha[i], z, i * d, to: &w, d) }
            let margins = MaxMarginSolver.margins(z, count: count, dimension: d, weights: w)
            var violators: [(margin: Double, index: Int)] = []
            for i in 0..<count where alpha[i] == 0 && margins[i] < 1 - 1e-9 { violators.append((margins[i], i)) }
            if violators.isEmpty { return (alpha, w) }
            violators.sort { $0.margin < $1.margin || ($0.margin == $1.margin && $0.index < $1.index) }
            let entering = violators[0].index
            lastBatch = []
            for v in violators.prefix(batchSize) where append(v.index, to: &factor, working: &working, z, d) {
                lastBatch.append(v.index)
            }
            if !lastBatch.isEmpty { continue }
            // zⱼ is in the span of Z_P: the null-direction exchange.
            let projections = working.map { MaxMarginSolver.dot(z, $0 * d, z, entering * d, d) }
            let c = factor.solve(projections)
            var t = Double.infinity, leaving = -1
            for (a, i) in working.enumerated() where c[a] > 0 && alpha[i] / c[a] < t {
                t = alpha[i] / c[a]
                leaving = a
            }
            guard leaving >= 0 else {
                throw ScalingLawError(.noSolution, "max-margin: the samples are not separable through the origin")
            }
            for (a, i) in working.enumerated() { alpha[i] = max(alpha[i] - t * c[a], 0) }
            alpha[working[leaving]] = 0
            factor.remove(at: leaving)
            working.remove(at: leaving)
            alpha[entering] = t
            guard append(entering, to: &factor, working: &working, z, d) else { return nil }
        }
        return nil
    }

    /// Adds sample i to the working set and the factor; false if K_PP would become singular.
    private static func append(_ i: Int, to factor: inout UpdatableCholesky, working: inout [Int], _ z: [Double], _ d: Int) -> Bool {
        let column = working.map { MaxMarginSolver.dot(z, $0 * d, z, i * d, d) }
        guard factor.append(column: column, diagonal: MaxMarginSolver.dot(z, i * d, z, i * d, d)) else { return false }
        working.append(i)
        return true
    }
}
