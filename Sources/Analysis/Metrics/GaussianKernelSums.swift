import Foundation
import TensorCore

/// `Σ_ij exp(−γ‖a_i − b_j‖²)` over all pairs of rows, in sgemm distance tiles.
enum GaussianKernelSums {
    /// Rows of `a` per tile.
    static let rowBlock = 128
    /// Rows of `b` per tile.
    static let columnBlock = 1024

    /// The kernel sum; with `skipDiagonal` (`a` and `b` the same matrix) the `i = j` terms are
    /// left out. Each row block's partial sum is kept apart and the blocks are added in order,
    /// so the result does not depend on the number of workers.
    static func sum(_ a: FeatureMatrix, _ b: FeatureMatrix, gamma: Double, skipDiagonal: Bool) -> Double {
        let (na, nb, d) = (a.rows, b.rows, a.columns)
        let (aNorms, bNorms) = (a.squaredRowNorms(), b.squaredRowNorms())
        let blocks = (na + rowBlock - 1) / rowBlock
        var partial = [Double](repeating: 0, count: blocks)
        let g = Float(gamma)
        a.values.withUnsafeBufferPointer { av in
            b.values.withUnsafeBufferPointer { bv in
                aNorms.withUnsafeBufferPointer { an in
                    bNorms.withUnsafeBufferPointer { bn in
                        partial.withUnsafeMutableBufferPointer { out in
                            Workers.split(blocks) { _, range in
                                let tile = UnsafeMutablePointer<Float>.allocate(capacity: rowBlock * columnBlock)
                                defer { tile.deallocate() }
                                for block in range {
                                    let r0 = block * rowBlock
                                    let rows = min(rowBlock, na - r0)
                                    var total = 0.0
                                    var c0 = 0
                                    while c0 < nb {
                                        let cols = min(columnBlock, nb - c0)
                                        DistanceTile.clampedSquaredDistances(
                                            a: av.baseAddress! + r0 * d, aNorms: an.baseAddress! + r0, rowsA: rows,
                                            b: bv.baseAddress! + c0 * d, bNorms: bn.baseAddress! + c0, rowsB: cols,
                                            dimension: d, into: tile)
                                        for r in 0..<rows {
                                            let row = tile + r * cols
                                            if skipDiagonal, (r0 + r) >= c0, (r0 + r) < c0 + cols { row[r0 + r - c0] = .infinity }
                                            var s = 0.0
                                            for j in 0..<cols { s += Double(Foundation.exp(-g * row[j])) }
                                            total += s
                                        }
                                        c0 += cols
                                    }
                                    out[block] = total
                                }
                            }
                        }
                    }
                }
            }
        }
        return partial.reduce(0, +)
    }
}
