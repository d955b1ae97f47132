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
    /// so the result does not depend on the number of workers. Cost `2·|a|·|b|·D` flops and
    /// `|a|·|b|` exponentials.
    static func sum(_ a: FeatureMatrix, _ b: FeatureMatrix, gamma: Double, skipDiagonal: Bool) -> Double {
        let (aNorms, bNorms) = (a.squaredRowNorms(), b.squaredRowNorms())
        var partial = [Double](repeating: 0, count: (a.rows + rowBlock - 1) / rowBlock)
        let g = Float(gamma)
        aNorms.withUnsafeBufferPointer { an in
            bNorms.withUnsafeBufferPointer { bn in
                partial.withUnsafeMutableBufferPointer { out in
                    DistanceTile.forEachTile(a, b, rowBlock: rowBlock, columnBlock: columnBlock) { block, r0, rows, c0, cols, tile in
                        DistanceTile.completeSquaredDistances(
                            tile, rows: rows, columns: cols, rowNorms: an.baseAddress! + r0, columnNorms: bn.baseAddress! + c0)
                        for r in 0..<rows {
                            let row = tile + r * cols
                            if skipDiagonal, (r0 + r) >= c0, (r0 + r) < c0 + cols { row[r0 + r - c0] = .infinity }
                            var s = 0.0
                            for j in 0..<cols { s += Double(Foundation.exp(-g * row[j])) }
                            out[block] += s
                        }
                    }
                }
            }
        }
        return partial.reduce(0, +)
    }
}
