import Foundation
import TensorCore

/// Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's local trials).
enum KMeansPlusPlus {
    /// `k` row indices of `data` chosen as starting centres; see `KMeans.plusPlusSeeds`.
    /// Cost `k·(2 + ln k)·N·D·2` flops through sgemm.
    static func seeds(_ data: FeatureMatrix, clusters k: Int, using generator: inout SeededGenerator) -> [Int] {
        let n = data.rows
        let trials = 2 + Int(Foundation.log(Double(k)))
        let norms = data.squaredRowNorms()
        var chosen = [generator.below(n)]
        var closest = squaredDistances(data, norms: norms, from: [chosen[0]])
        var potential = closest.reduce(0.0) { $0 + Double($1) }
        var cumulative = [Double](repeating: 0, count: n)
        while chosen.count < k {
            var running = 0.0
            for i in 0..<n {
                running += Double(closest[i])
                cumulative[i] = running
            }
            // Candidates: first index whose cumulative potential reaches a uniform draw.
            let candidates = (0..<trials).map { _ in
                firstIndex(in: cumulative, reaching: generator.uniformDouble() * potential)
            }
            let distances = squaredDistances(data, norms: norms, from: candidates)
            var bestTrial = 0
            var bestPotential = Double.infinity
            for t in 0..<trials {
                var total = 0.0
                for i in 0..<n { total += Double(min(closest[i], distances[t * n + i])) }
                if total < bestPotential {
                    bestPotential = total
                    bestTrial = t
                }
            }
            for i in 0..<n { closest[i] = min(closest[i], distances[bestTrial * n + i]) }
            potential = bestPotential
            chosen.append(candidates[bestTrial])
        }
        return chosen
    }

    /// `[rows.count, N]` clamped squared distances from the listed rows to every row; the
    /// columns are split across `Workers` (single-threaded sgemm each, so small products do not
    /// wait on BLAS threads).
    private static func squaredDistances(_ data: FeatureMatrix, norms: [Float], from rows: [Int]) -> [Float] {
        let (n, d, t) = (data.rows, data.columns, rows.count)
        var picked = [Float](repeating: 0, count: t * d)
        for (r, i) in rows.enumerated() {
            for j in 0..<d { picked[r * d + j] = data.values[i * d + j] }
        }
        var out = [Float](repeating: 0, count: t * n)
        picked.withUnsafeBufferPointer { a in
            data.values.withUnsafeBufferPointer { b in
                norms.withUnsafeBufferPointer { bn in
                    out.withUnsafeMutableBufferPointer { o in
                        let (aBase, bBase, nBase, oBase) = (a.baseAddress!, b.baseAddress!, bn.baseAddress!, o.baseAddress!)
                        Workers.split(n, minPerWorker: 1024) { _, range in
                            BLAS.sgemm(
                                transB: true, m: t, n: range.count, k: d, alpha: -2, a: aBase, lda: d,
                                b: bBase + range.lowerBound * d, ldb: d, beta: 0, c: oBase + range.lowerBound, ldc: n)
                            for r in 0..<t {
                                let an = nBase[rows[r]]
                                for i in range { oBase[r * n + i] = max(0, oBase[r * n + i] + an + nBase[i]) }
                            }
                        }
                    }
                }
            }
        }
        for (r, i) in rows.enumerated() { out[r * n + i] = 0 }
        return out
    }

    /// The first index whose cumulative value is at least `target` (NumPy's
    /// `searchsorted(side="left")`), clipped to the last index.
    private static func firstIndex(in cumulative: [Double], reaching target: Double) -> Int {
        var (lo, hi) = (0, cumulative.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return min(lo, cumulative.count - 1)
    }
}
