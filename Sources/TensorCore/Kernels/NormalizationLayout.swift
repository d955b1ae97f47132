// The data of the normalisation kernels: how rows pool into statistics, the statistics
// themselves, the per-row affine map of the output, and the per-row sums of the backward pass.

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

    /// `count` statistics of mean 0, variance 0 and inverse deviation 0, to be filled.
    init(count: Int) {
        mean = [Float](repeating: 0, count: count)
        inverseStd = [Float](repeating: 0, count: count)
        variance = [Double](repeating: 0, count: count)
    }

    init(mean: [Float], inverseStd: [Float], variance: [Double]) {
        (self.mean, self.inverseStd, self.variance) = (mean, inverseStd, variance)
    }

    /// Runs `body` with the three arrays as mutable buffers (written by concurrent workers at
    /// distinct indices).
    mutating func withUnsafeMutableBuffers<R>(
        _ body: (UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Double>) -> R
    ) -> R {
        mean.withUnsafeMutableBufferPointer { m in
            inverseStd.withUnsafeMutableBufferPointer { r in variance.withUnsafeMutableBufferPointer { body(m, r, $0) } }
        }
    }
}

/// One affine map per row `(n, c)`: `y = (x − centre)·scale + shift`.
struct RowAffine {
    var centre: [Float]
    var scale: [Float]
    var shift: [Float]
}

/// Per row `(Σ g, Σ g·(x − μ_s))`: the sums every normalisation gradient is built from.
struct RowSums {
    var gradient: [Double]
    var centredProduct: [Double]

    init(rows: Int) {
        gradient = [Double](repeating: 0, count: rows)
        centredProduct = [Double](repeating: 0, count: rows)
    }

    mutating func withUnsafeMutableBuffers<R>(
        _ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> R
    ) -> R {
        gradient.withUnsafeMutableBufferPointer { g in centredProduct.withUnsafeMutableBufferPointer { body(g, $0) } }
    }
}
