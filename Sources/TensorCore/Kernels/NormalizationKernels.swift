// Fused kernels shared by group, instance and batch normalisation.
//
// Goals, in priority order:
// 1. One structure for every normalisation: a tensor `[N, C, inner]` is a set of rows `(n, c)`
//    of `inner` contiguous values; rows pool into statistics (per sample and channel group for
//    group norm, per channel across the batch for batch norm). Everything else is per row.
// 2. Precision: statistics read each block twice while it sits in cache (a centred second
//    pass; batch norm merges rows with Chan's formula), so nothing is lost to `E[x²] − E[x]²`.
// 3. Few passes over memory. A group norm's group is one contiguous block (4 KB for a 32×32
//    instance-norm channel), so its statistics and its output are computed while the block is
//    in cache: x is read from memory once, y written once, as cheap as an elementwise op. The
//    backward pass does the same with g and x. Batch norm needs the whole batch before any
//    output, so it takes one more sweep. The output is one affine map per row,
//    `y = (x − centre)·scale + shift`; a fused norm→activation→pool kernel can apply it (and
//    its activation and pooling) inside the same per-block sweep.
// 4. Two cores: the batch is split across `Workers`; each worker owns whole samples, and the
//    per-channel sums of batch norm are merged after.

/// The fused normalisation kernels; all pointers address `layout.rows · layout.inner` values.
enum NormalizationKernels {
    /// Values per worker below which splitting the batch costs more than it saves.
    static let minimumValuesPerWorker = 1 << 15

    /// Runs `body(worker, samples)` over the batch split across workers.
    static func forEachSampleRange(_ layout: NormalizationLayout, _ body: (_ worker: Int, _ samples: Range<Int>) -> Void) {
        let perSample = max(1, layout.channels * layout.inner)
        Workers.split(layout.batch, minPerWorker: max(1, minimumValuesPerWorker / perSample), body)
    }

    /// Normalises `x` as `layout` says, applies the optional per-channel affine map, writes
    /// the result into `out`, and returns the statistics it used.
    static func forward(
        _ x: UnsafeBufferPointer<Float>, _ layout: NormalizationLayout, eps: Float,
        weight: UnsafeBufferPointer<Float>?, bias: UnsafeBufferPointer<Float>?,
        into out: UnsafeMutableBufferPointer<Float>
    ) -> NormalizationStatistics {
        guard case .groupsPerSample(let groups) = layout.pooling else {
            let stats = statistics(x, layout, eps: eps)
            apply(rowAffine(stats, layout, weight: weight, bias: bias), to: x, layout, into: out)
            return stats
        }
        var stats = NormalizationStatistics(count: layout.statisticCount)
        let perGroup = layout.channels / groups, inner = layout.inner, block = perGroup * inner
        guard block > 0, let xb = x.baseAddress, let ob = out.baseAddress else { return stats }
        stats.withUnsafeMutableBuffers { mean, inverseStd, variance in
            forEachSampleRange(layout) { _, samples in
                for s in samples.lowerBound * groups..<samples.upperBound * groups {
                    let offset = s * block
                    let (m, q) = blockMoments(xb + offset, block)
                    let r = 1 / (q / Double(block) + Double(eps)).squareRoot()
                    (mean[s], inverseStd[s], variance[s]) = (Float(m), Float(r), q / Double(block))
                    // The block is still in cache: write its output now.
                    let c0 = (s % groups) * perGroup
                    for k in 0..<perGroup {
                        let c = c0 + k
                        let a = (weight?[c] ?? 1) * Float(r), b = bias?[c] ?? 0, mu = Float(m)
                        let px = xb + offset + k * inner, po = ob + offset + k * inner
                        for i in 0..<inner { po[i] = (px[i] - mu) * a + b }
                    }
                }
            }
        }
        return stats
    }

    /// Means and inverse standard deviations of `x` pooled per channel across the batch.
    static func statistics(
        _ x: UnsafeBufferPointer<Float>, _ layout: NormalizationLayout, eps: Float
    ) -> NormalizationStatistics {
        let channels = layout.channels, inner = layout.inner
        var stats = NormalizationStatistics(count: channels)
        guard inner > 0, layout.batch > 0, let xb = x.baseAddress else { return stats }
        // Per worker and channel: (count, mean, M2), merged with Chan et al.'s formula.
        let stride = 3 * channels
        var partial = [Double](repeating: 0, count: Workers.count * stride)
        partial.withUnsafeMutableBufferPointer { p in
            forEachSampleRange(layout) { worker, samples in
                let mine = p.baseAddress! + worker * stride
                for n in samples {
                    for c in 0..<channels {
                        let (m, q) = blockMoments(xb + (n * channels + c) * inner, inner)
                        merge(into: mine + 3 * c, count: Double(inner), mean: m, m2: q)
                    }
                }
            }
        }
        for w in 1..<Workers.count {
            for c in 0..<channels {
                let o = w * stride + 3 * c
                partial.withUnsafeMutableBufferPointer { p in
                    merge(into: p.baseAddress! + 3 * c, count: p[o], mean: p[o + 1], m2: p[o + 2])
                }
            }
        }
        for c in 0..<channels {
            let variance = partial[3 * c + 2] / partial[3 * c]
            stats.mean[c] = Float(partial[3 * c + 1])
            stats.variance[c] = variance
            stats.inverseStd[c] = Float(1 / (variance + Double(eps)).squareRoot())
        }
        return stats
    }

    /// Merges `(count, mean, m2)` into the running `(count, mean, m2)` at `acc` (Chan et al.).
    @inline(__always)
    static func merge(into acc: UnsafeMutablePointer<Double>, count nb: Double, mean m: Double, m2 q: Double) {
        guard nb > 0 else { return }
        let na = acc[0], n = na + nb, delta = m - acc[1]
        acc[0] = n
        acc[1] += delta * nb / n
        acc[2] += q + delta * delta * na * nb / n
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
        _ map: RowAffine, to x: UnsafeBufferPointer<Float>, _ layout: NormalizationLayout,
        into out: UnsafeMutableBufferPointer<Float>
    ) {
        let inner = layout.inner, channels = layout.channels
        guard inner > 0, let xb = x.baseAddress, let ob = out.baseAddress else { return }
        forEachSampleRange(layout) { _, samples in
            for row in samples.lowerBound * channels..<samples.upperBound * channels {
                let m = map.centre[row], a = map.scale[row], b = map.shift[row]
                let px = xb + row * inner, po = ob + row * inner
                for i in 0..<inner { po[i] = (px[i] - m) * a + b }
            }
        }
    }
}
