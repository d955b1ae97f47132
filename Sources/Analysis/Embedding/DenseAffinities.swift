import TensorCore

/// The dense joint probabilities of exact t-SNE.
enum DenseAffinities {
    /// `[N, N]` symmetric `p_ij = (p_{j|i} + p_{i|j}) / 2N`, zero diagonal, each conditional
    /// row calibrated over all other points. Squared distances in Double from the coordinates:
    /// `N²·D` operations, rows split across `Workers`.
    static func joint(_ data: FeatureMatrix, perplexity: Double) -> [Double] {
        let (n, d) = (data.rows, data.columns)
        var conditional = [Double](repeating: 0, count: n * n)
        data.values.withUnsafeBufferPointer { v in
            conditional.withUnsafeMutableBufferPointer { c in
                let (x, out) = (v.baseAddress!, c.baseAddress!)
                Workers.split(n, minPerWorker: 16) { _, range in
                    let row = UnsafeMutablePointer<Double>.allocate(capacity: n - 1)
                    defer { row.deallocate() }
                    for i in range {
                        var slot = 0
                        for j in 0..<n where j != i {
                            var s = 0.0
                            for k in 0..<d {
                                let diff = Double(x[i * d + k]) - Double(x[j * d + k])
                                s += diff * diff
                            }
                            row[slot] = s
                            slot += 1
                        }
                        PerplexitySearch.calibrate(row, count: n - 1, perplexity: perplexity)
                        slot = 0
                        for j in 0..<n where j != i {
                            out[i * n + j] = row[slot]
                            slot += 1
                        }
                    }
                }
            }
        }
        var joint = [Double](repeating: 0, count: n * n)
        let scale = 1 / (2 * Double(n))
        for i in 0..<n {
            for j in 0..<n { joint[i * n + j] = (conditional[i * n + j] + conditional[j * n + i]) * scale }
        }
        return joint
    }
}
