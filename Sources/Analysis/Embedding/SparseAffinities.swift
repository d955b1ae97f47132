import Foundation
import TensorCore

/// The symmetric joint probabilities `P` of Barnes–Hut t-SNE in compressed sparse rows:
/// `p_ij = (p_{j|i} + p_{i|j}) / (2N)` over the union of each point's nearest neighbours.
struct SparseAffinities {
    /// Row `i`'s entries are `columns[rowStart[i]..<rowStart[i + 1]]`, ascending.
    let rowStart: [Int]
    /// Column index of each entry.
    let columns: [Int32]
    /// `p_ij` of each entry; all entries sum to 1.
    let values: [Double]

    /// Calibrates each point's conditional distribution over its `neighbors` to `perplexity`
    /// and symmetrises. Rows are calibrated in parallel; the result does not depend on the
    /// worker count.
    init(neighbors: NeighborList, perplexity: Double) {
        let (n, k) = (neighbors.queryCount, neighbors.k)
        var conditional = neighbors.distances.map { Double($0) * Double($0) }
        conditional.withUnsafeMutableBufferPointer { c in
            let base = c.baseAddress!
            Workers.split(n, minPerWorker: 64) { _, range in
                for i in range { PerplexitySearch.calibrate(base + i * k, count: k, perplexity: perplexity) }
            }
        }
        // Each entry (i, j, p_{j|i}) lands in row i and, transposed, in row j.
        var counts = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            for s in 0..<k {
                counts[i + 1] += 1
                counts[neighbors.indices[i * k + s] + 1] += 1
            }
        }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var fill = counts
        var rawColumns = [Int32](repeating: 0, count: counts[n])
        var rawValues = [Double](repeating: 0, count: counts[n])
        for i in 0..<n {
            for s in 0..<k {
                let j = neighbors.indices[i * k + s]
                let p = conditional[i * k + s]
                rawColumns[fill[i]] = Int32(j)
                rawValues[fill[i]] = p
                fill[i] += 1
                rawColumns[fill[j]] = Int32(i)
                rawValues[fill[j]] = p
                fill[j] += 1
            }
        }
        // Sort each row by column and merge the two halves of mutual neighbours.
        var rowStart = [0]
        var columns: [Int32] = []
        var values: [Double] = []
        columns.reserveCapacity(counts[n])
        values.reserveCapacity(counts[n])
        let scale = 1 / (2 * Double(n))
        for i in 0..<n {
            let entries = (counts[i]..<counts[i + 1]).sorted { rawColumns[$0] < rawColumns[$1] }
            var e = 0
            while e < entries.count {
                let column = rawColumns[entries[e]]
                var p = 0.0
                while e < entries.count && rawColumns[entries[e]] == column {
                    p += rawValues[entries[e]]
                    e += 1
                }
                columns.append(column)
                values.append(p * scale)
            }
            rowStart.append(columns.count)
        }
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
    }

    /// The number of points.
    var count: Int { rowStart.count - 1 }

    /// `Σ p_ij log p_ij`, the constant part of the KL divergence.
    var negativeEntropy: Double {
        values.reduce(0) { $0 + ($1 > 0 ? $1 * Foundation.log($1) : 0) }
    }
}
