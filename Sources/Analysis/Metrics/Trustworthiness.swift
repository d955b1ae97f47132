import TensorCore

/// Trustworthiness of an embedding (Venna & Kaski 2001), as scikit-learn's
/// `sklearn.manifold.trustworthiness` defines it: how far the embedding's neighbours are
/// from being neighbours in the original space.
///
/// `T(k) = 1 − 2 / (n·k·(2n − 3k − 1)) · Σ_i Σ_{j ∈ N_k(i)} max(0, r(i, j) − k)`, where `N_k(i)`
/// are the `k` nearest neighbours of point `i` in the embedding and `r(i, j)` is the rank of
/// `j` among `i`'s neighbours in the original space (1 = nearest), both in Euclidean distance.
/// 1 means every embedded neighbourhood is an original one. Ranks count strictly closer points,
/// so they equal scikit-learn's wherever distances are not exactly tied.
public enum Trustworthiness {
    /// `T(k)` of `embedding` for `original`.
    /// - Parameters:
    ///   - original: `[n, D]`; `embedding`: `[n, d]`, the same points in the same order.
    ///   - k: neighbourhood size, `1 ≤ k < n/2` (default 10).
    /// - Cost: `2·n²·D` flops in sgemm plus `n²·log k` comparisons; memory one block of rows of
    ///   the original distances per worker (at most 4 MiB).
    public static func score(original: Tensor, embedding: Tensor, k: Int = 10) throws -> Double {
        let x = try FeatureMatrix(original, operation: "Trustworthiness", name: "the original points")
        let y = try FeatureMatrix(embedding, operation: "Trustworthiness", name: "the embedding")
        let n = x.rows
        guard y.rows == n else {
            throw TensorError("Trustworthiness: \(n) original points but \(y.rows) embedded ones; pass the same points in the same order")
        }
        guard k >= 1, 2 * k < n else {
            throw TensorError("Trustworthiness: k = \(k) must satisfy 1 ≤ k < n/2 = \(Double(n) / 2)")
        }
        let embedded = NearestNeighbors.search(y, in: y, k: k, excludingSelf: true).indices
        let centred = x.centred(on: Covariance.columnMeans(x))
        let norms = centred.squaredRowNorms()
        let rowBlock = max(1, min(n, (1 << 20) / n))
        var penalties = [Double](repeating: 0, count: (n + rowBlock - 1) / rowBlock)
        norms.withUnsafeBufferPointer { nn in
            penalties.withUnsafeMutableBufferPointer { out in
                DistanceTile.forEachTile(centred, centred, rowBlock: rowBlock, columnBlock: n) { block, r0, count, _, _, rows in
                    DistanceTile.completeSquaredDistances(rows, rows: count, columns: n, rowNorms: nn.baseAddress! + r0, columnNorms: nn.baseAddress!)
                    var thresholds = [Float](repeating: 0, count: k)
                    var ranks = [Int](repeating: 0, count: k)
                    for r in 0..<count {
                        let i = r0 + r
                        let row = rows + r * n
                        row[i] = .infinity
                        for s in 0..<k { thresholds[s] = row[embedded[i * k + s]] }
                        rankAll(row, count: n, thresholds: &thresholds, ranks: &ranks)
                        for rank in ranks where rank > k { out[block] += Double(rank - k) }
                    }
                }
            }
        }
        let total = penalties.reduce(0, +)
        let (nd, kd) = (Double(n), Double(k))
        return 1 - total * 2 / (nd * kd * (2 * nd - 3 * kd - 1))
    }

    /// For each threshold `t`, `1 + #{j : row[j] < t}` (its rank among the row's values), by one
    /// pass over the row with a binary search into the sorted thresholds.
    private static func rankAll(_ row: UnsafePointer<Float>, count: Int, thresholds: inout [Float], ranks: inout [Int]) {
        let k = thresholds.count
        thresholds.sort()
        var below = [Int](repeating: 0, count: k + 1)
        for j in 0..<count {
            let value = row[j]
            // The first threshold strictly greater than `value`: every threshold from there on
            // has `value` below it.
            var (lo, hi) = (0, k)
            while lo < hi {
                let mid = (lo + hi) / 2
                if thresholds[mid] > value { hi = mid } else { lo = mid + 1 }
            }
            below[lo] += 1
        }
        var running = 0
        for s in 0..<k {
            running += below[s]
            ranks[s] = running + 1
        }
    }
}
