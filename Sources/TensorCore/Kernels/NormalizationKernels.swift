// Fused kernels shared by group, instance and batch normalisation.
//
// Goals, in priority order:
// 1. One structure for every normalisation: a tensor `[N, C, inner]` is a set of rows `(n, c)`
//    of `inner` contiguous values; rows pool into statistics (per sample and channel group for
//    group norm, per channel across the batch for batch norm). Everything else is per row.
// 2. Few passes over memory. Statistics read each row twice while it sits in L1 (a centred
//    second pass, merged across rows with Chan's formula), so no precision is lost to
//    `E[x²] − E[x]²`. The output is one affine map per row, `y = (x − centre)·scale + shift`,
//    which a later fused norm→activation→pool kernel can apply inside its own sweep.
// 3. The backward pass is two sweeps: per-row gradient sums (which also give ∂γ and ∂β), then
//    `dx` as an affine combination of `g` and `x` per row.

/// How the rows `(n, c)` of an `[N, C, inner]` tensor pool into normalisation statistics.
struct NormalizationLayout {
    /// Which rows share a mean and variance.
    enum Pooling {
        /// Group norm: sample `n`, channels `[g·C/G, (g+1)·C/G)`; statistic index `n·G + g`.
        case groupsPerSample(Int)
        /// Batch norm: channel `c` over every sample; statistic index `c`.
        case channelsAcrossBatch
    }

    let batch: Int
    let channels: Int
    let inner: Int
    let pooling: Pooling

    /// The layout of `shape = [N, C, d1, d2, …]` (inner = d1·d2·…).
    init(shape: [Int], pooling: Pooling) {
        batch = shape[0]
        channels = shape[1]
        inner = shape.dropFirst(2).reduce(1, *)
        self.pooling = pooling
    }

    /// The number of rows, `N·C`.
    var rows: Int { batch * channels }

    /// The number of distinct statistics.
    var statisticCount: Int {
        switch pooling {
        case .groupsPerSample(let g): batch * g
        case .channelsAcrossBatch: channels
        }
    }

    /// The number of values pooled into each statistic.
    var elementsPerStatistic: Int {
        switch pooling {
        case .groupsPerSample(let g): channels / g * inner
        case .channelsAcrossBatch: batch * inner
        }
    }

    /// The statistic that row `(n, c)` is normalised with.
    @inline(__always)
    func statistic(row: Int) -> Int {
        switch pooling {
        case .groupsPerSample(let g): (row / channels) * g + (row % channels) / (channels / g)
        case .channelsAcrossBatch: row % channels
        }
    }
}

/// Per-statistic mean and spread of one normalisation.
struct NormalizationStatistics {
    /// The mean of each statistic's values.
    var mean: [Float]
    /// `1 / sqrt(biased variance + eps)`.
    var inverseStd: [Float]
    /// The biased variance (divided by the count), in Double.
    var variance: [Double]
}

/// One affine map per row `(n, c)`: `y = (x − centre)·scale + shift`.
struct RowAffine {
    var centre: [Float]
    var scale: [Float]
    var shift: [Float]
}

/// The fused normalisation kernels; all pointers address `layout.rows · layout.inner` values.
enum NormalizationKernels {
    /// Means and inverse standard deviations of `x` pooled as `layout` says.
    static func statistics(
        _ x: UnsafeBufferPointer<Float>, _ layout: NormalizationLayout, eps: Float
    ) -> NormalizationStatistics {
        let count = layout.statisticCount
        var mean = [Double](repeating: 0, count: count)
        var m2 = [Double](repeating: 0, count: count)
        var seen = [Double](repeating: 0, count: count)
        let base = x.baseAddress!
        switch layout.pooling {
        case .groupsPerSample(let groups):
            // A group's channels are adjacent, so its values form one contiguous block.
            let block = layout.channels / groups * layout.inner
            for s in 0..<count where block > 0 {
                let (m, q) = blockMoments(base + s * block, block)
                mean[s] = m
                m2[s] = q
                seen[s] = Double(block)
            }
        case .channelsAcrossBatch:
            for row in 0..<layout.rows where layout.inner > 0 {
                let s = row % layout.channels
                let (m, q) = blockMoments(base + row * layout.inner, layout.inner)
                // Chan et al.: merge (seen[s], mean[s], m2[s]) with (inner, m, q).
                let nb = Double(layout.inner), na = seen[s], n = na + nb
                let delta = m - mean[s]
                mean[s] += delta * nb / n
                m2[s] += q + delta * delta * na * nb / n
                seen[s] = n
            }
        }
        var stats = NormalizationStatistics(
            mean: [Float](repeating: 0, count: count), inverseStd: [Float](repeating: 0, count: count),
            variance: [Double](repeating: 0, count: count))
        for s in 0..<count {
            let variance = seen[s] > 0 ? m2[s] / seen[s] : 0
            stats.mean[s] = Float(mean[s])
            stats.variance[s] = variance
            stats.inverseStd[s] = Float(1 / (variance + Double(eps)).squareRoot())
        }
        return stats
    }

    /// Mean and sum of squared deviations of one contiguous block, in two cache-resident passes.
    @inline(__always)
    static func blockMoments(_ p: UnsafePointer<Float>, _ count: Int) -> (mean: Double, m2: Double) {
        let mean = VectorSums.sum(p, count) / Double(count)
        let (s, q) = VectorSums.centredMoments(p, count, around: Float(mean))
        // The pivot Float(mean) is off by rounding; correct the mean and the squares exactly.
        return (Double(Float(mean)) + s / Double(count), max(0, q - s * s / Double(count)))
    }

    /// The per-row affine map of the normalised output: `y = (x − centre)·scale + shift` with
    /// `centre = μ_s`, `scale = γ_c·r_s`, `shift = β_c` (γ = 1, β = 0 when absent). Centring
    /// before scaling keeps full precision when the mean is large against the spread.
    static func rowAffine(
        _ stats: NormalizationStatistics, _ layout: NormalizationLayout,
        weight: UnsafeBufferPointer<Float>?, bias: UnsafeBufferPointer<Float>?
    ) -> RowAffine {
        var map = RowAffine(
            centre: [Float](repeating: 0, count: layout.rows), scale: [Float](repeating: 0, count: layout.rows),
            shift: [Float](repeating: 0, count: layout.rows))
        for row in 0..<layout.rows {
            let s = layout.statistic(row: row), c = row % layout.channels
            map.centre[row] = stats.mean[s]
            map.scale[row] = (weight?[c] ?? 1) * stats.inverseStd[s]
            map.shift[row] = bias?[c] ?? 0
        }
        return map
    }

    /// `out[row, i] = (x[row, i] − centre[row])·scale[row] + shift[row]`.
    static func apply(
        _ map: RowAffine, to x: UnsafeBufferPointer<Float>, inner: Int, into out: UnsafeMutableBufferPointer<Float>
    ) {
        guard inner > 0, let xb = x.baseAddress, let ob = out.baseAddress else { return }
        for row in 0..<map.scale.count {
            let m = map.centre[row], a = map.scale[row], b = map.shift[row]
            let px = xb + row * inner, po = ob + row * inner
            for i in 0..<inner { po[i] = (px[i] - m) * a + b }
        }
    }

    /// Per row `(Σ g, Σ g·(x − μ_s))`: the sums every normalisation gradient is built from.
    static func rowGradientSums(
        gradient g: UnsafeBufferPointer<Float>, input x: UnsafeBufferPointer<Float>,
        _ stats: NormalizationStatistics, _ layout: NormalizationLayout
    ) -> (sum: [Double], centredDot: [Double]) {
        var sum = [Double](repeating: 0, count: layout.rows)
        var dot = [Double](repeating: 0, count: layout.rows)
        guard layout.inner > 0, let gb = g.baseAddress, let xb = x.baseAddress else { return (sum, dot) }
        for row in 0..<layout.rows {
            let offset = row * layout.inner
            (sum[row], dot[row]) = VectorSums.gradientMoments(
                gb + offset, xb + offset, layout.inner, around: stats.mean[layout.statistic(row: row)])
        }
        return (sum, dot)
    }

    /// `∂L/∂γ_c = Σ g·(x − μ_s)·r_s` and `∂L/∂β_c = Σ g` over the rows of channel c.
    static func affineGradients(
        _ sums: (sum: [Double], centredDot: [Double]), _ stats: NormalizationStatistics, _ layout: NormalizationLayout
    ) -> (dWeight: [Float], dBias: [Float]) {
        var dWeight = [Double](repeating: 0, count: layout.channels)
        var dBias = [Double](repeating: 0, count: layout.channels)
        for row in 0..<layout.rows {
            let c = row % layout.channels
            dBias[c] += sums.sum[row]
            dWeight[c] += Double(stats.inverseStd[layout.statistic(row: row)]) * sums.centredDot[row]
        }
        return (dWeight.map(Float.init), dBias.map(Float.init))
    }

    /// `∂L/∂x` of a normalisation `y = γ_c·(x − μ_s)·r_s + β_c` whose statistics are functions
    /// of x, given `g = ∂L/∂y` and the row sums of `rowGradientSums`.
    ///
    /// With `A_s = Σ γ_c·g`, `B_s = Σ γ_c·g·x̂` over the M values of statistic s:
    /// `dx = r·γ_c·g − r·A/M − (x − μ)·r²·B/M`, one affine map of `(g, x)` per row.
    static func inputGradient(
        gradient g: UnsafeBufferPointer<Float>, input x: UnsafeBufferPointer<Float>,
        _ sums: (sum: [Double], centredDot: [Double]), _ stats: NormalizationStatistics,
        _ layout: NormalizationLayout, weight: UnsafeBufferPointer<Float>?,
        into dx: UnsafeMutableBufferPointer<Float>
    ) {
        let inner = layout.inner, channels = layout.channels
        guard inner > 0, let gb = g.baseAddress, let xb = x.baseAddress, let db = dx.baseAddress else { return }
        var a = [Double](repeating: 0, count: layout.statisticCount)
        var b = [Double](repeating: 0, count: layout.statisticCount)
        for row in 0..<layout.rows {
            let s = layout.statistic(row: row), gamma = Double(weight?[row % channels] ?? 1)
            a[s] += gamma * sums.sum[row]
            b[s] += gamma * Double(stats.inverseStd[s]) * sums.centredDot[row]
        }
        let m = Double(layout.elementsPerStatistic)
        for row in 0..<layout.rows {
            let s = layout.statistic(row: row)
            let r = Double(stats.inverseStd[s])
            let onG = Float(r * Double(weight?[row % channels] ?? 1))
            let onX = Float(-r * r * b[s] / m)
            let mu = stats.mean[s]
            let constant = Float(-r * a[s] / m)
            let pg = gb + row * inner, px = xb + row * inner, pd = db + row * inner
            for i in 0..<inner { pd[i] = onG * pg[i] + onX * (px[i] - mu) + constant }
        }
    }
}
