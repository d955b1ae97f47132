// The backward kernels of group, instance and batch normalisation (see NormalizationKernels.swift
// for the structure they share with the forward pass).

extension NormalizationKernels {
    /// The gradients of a normalisation `y = γ_c·(x − μ_s)·r_s + β_c` whose statistics are
    /// functions of x, given `g = ∂L/∂y`: writes `∂L/∂x` into `dx`, returns `∂L/∂γ` and `∂L/∂β`
    /// (length C, computed whether or not the normalisation has affine parameters).
    ///
    /// With `A_s = Σ γ_c·g`, `B_s = Σ γ_c·g·x̂` over the M values of statistic s:
    /// `dx = r·γ_c·g − r·A/M − (x − μ)·r²·B/M`, one affine map of `(g, x)` per row. Group norm
    /// computes each group's sums and its `dx` while the group's g and x are in cache.
    static func backward(
        gradient g: UnsafeBufferPointer<Float>, input x: UnsafeBufferPointer<Float>,
        _ stats: NormalizationStatistics, _ layout: NormalizationLayout,
        weight: UnsafeBufferPointer<Float>?, into dx: UnsafeMutableBufferPointer<Float>
    ) -> (dWeight: [Float], dBias: [Float]) {
        var sums = RowSums(rows: layout.rows)
        guard layout.inner > 0, let gb = g.baseAddress, let xb = x.baseAddress, let db = dx.baseAddress else {
            return affineGradients(sums, stats, layout)
        }
        let inner = layout.inner, channels = layout.channels
        let m = Double(layout.elementsPerStatistic)
        /// dx for `rows`, all normalised by statistic s, given A_s and B_s.
        func inputGradient(rows: Range<Int>, statistic s: Int, a: Double, b: Double) {
            let r = Double(stats.inverseStd[s]), mu = stats.mean[s]
            let onX = Float(-r * r * b / m), constant = Float(-r * a / m)
            for row in rows {
                let onG = Float(r * Double(weight?[row % channels] ?? 1))
                let pg = gb + row * inner, px = xb + row * inner, pd = db + row * inner
                for i in 0..<inner { pd[i] = onG * pg[i] + onX * (px[i] - mu) + constant }
            }
        }
        sums.withUnsafeMutableBuffers { sg, sgc in
            /// Fills the row sums of `rows` (normalised by s) and returns (A_s, B_s) over them.
            func rowSums(_ rows: Range<Int>, statistic s: Int) -> (Double, Double) {
                var a = 0.0, b = 0.0
                let r = Double(stats.inverseStd[s])
                for row in rows {
                    (sg[row], sgc[row]) = VectorSums.gradientMoments(
                        gb + row * inner, xb + row * inner, inner, around: stats.mean[s])
                    let gamma = Double(weight?[row % channels] ?? 1)
                    a += gamma * sg[row]
                    b += gamma * r * sgc[row]
                }
                return (a, b)
            }
            switch layout.pooling {
            case .groupsPerSample(let groups):
                let perGroup = channels / groups
                forEachSampleRange(layout) { _, samples in
                    for s in samples.lowerBound * groups..<samples.upperBound * groups {
                        let rows = s * perGroup..<(s + 1) * perGroup
                        let (a, b) = rowSums(rows, statistic: s)
                        inputGradient(rows: rows, statistic: s, a: a, b: b)
                    }
                }
            case .channelsAcrossBatch:
                forEachSampleRange(layout) { _, samples in
                    for n in samples { for c in 0..<channels { _ = rowSums(n * channels + c..<n * channels + c + 1, statistic: c) } }
                }
                var a = [Double](repeating: 0, count: channels), b = [Double](repeating: 0, count: channels)
                for row in 0..<layout.rows {
                    let c = row % channels, gamma = Double(weight?[c] ?? 1)
                    a[c] += gamma * sg[row]
                    b[c] += gamma * Double(stats.inverseStd[c]) * sgc[row]
                }
                forEachSampleRange(layout) { _, samples in
                    for n in samples {
                        for c in 0..<channels { inputGradient(rows: n * channels + c..<n * channels + c + 1, statistic: c, a: a[c], b: b[c]) }
                    }
                }
            }
        }
        return affineGradients(sums, stats, layout)
    }

    /// The gradients of `y = γ_c·(x − μ_c)·r_c + β_c` with constant statistics (batch norm in
    /// inference mode): writes `∂L/∂x = g·γ_c·r_c` into `dx`, returns `∂L/∂γ` and `∂L/∂β`.
    static func fixedBackward(
        gradient g: UnsafeBufferPointer<Float>, input x: UnsafeBufferPointer<Float>,
        _ stats: NormalizationStatistics, _ layout: NormalizationLayout,
        weight: UnsafeBufferPointer<Float>?, into dx: UnsafeMutableBufferPointer<Float>
    ) -> (dWeight: [Float], dBias: [Float]) {
        var sums = RowSums(rows: layout.rows)
        let inner = layout.inner, channels = layout.channels
        var map = rowAffine(stats, layout, weight: weight, bias: nil)
        map.centre = [Float](repeating: 0, count: layout.rows)
        apply(map, to: g, layout, into: dx)
        guard inner > 0, let gb = g.baseAddress, let xb = x.baseAddress else { return affineGradients(sums, stats, layout) }
        sums.withUnsafeMutableBuffers { sg, sgc in
            forEachSampleRange(layout) { _, samples in
                for row in samples.lowerBound * channels..<samples.upperBound * channels {
                    (sg[row], sgc[row]) = VectorSums.gradientMoments(
                        gb + row * inner, xb + row * inner, inner, around: stats.mean[row % channels])
                }
            }
        }
        return affineGradients(sums, stats, layout)
    }

    /// `∂L/∂γ_c = Σ g·(x − μ_s)·r_s` and `∂L/∂β_c = Σ g` over the rows of channel c.
    static func affineGradients(
        _ sums: RowSums, _ stats: NormalizationStatistics, _ layout: NormalizationLayout
    ) -> (dWeight: [Float], dBias: [Float]) {
        var dWeight = [Double](repeating: 0, count: layout.channels)
        var dBias = [Double](repeating: 0, count: layout.channels)
        for row in 0..<layout.rows {
            let c = row % layout.channels
            dBias[c] += sums.gradient[row]
            dWeight[c] += Double(stats.inverseStd[layout.statistic(row: row)]) * sums.centredProduct[row]
        }
        return (dWeight.map(Float.init), dBias.map(Float.init))
    }
}
