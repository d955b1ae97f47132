import TensorCore

/// Squared Euclidean distances between the rows of two row-major matrices, one cache-sized
/// tile at a time, through sgemm: `‖a_i‖² + ‖b_j‖² − 2 a_i·b_j` (the expansion that makes
/// distances a matrix product).
///
/// `forEachTile` is the one loop every all-pairs computation of the module runs (neighbour
/// search, kernel sums, trustworthiness): row blocks of `a` are split across `Workers`, each
/// worker owns one tile buffer and visits its blocks' column tiles in order, so no more than
/// one tile per worker exists and per-block results do not depend on the worker count.
/// Rounding makes the expansion slightly negative for (near-)identical rows; callers clamp.
enum DistanceTile {
    /// Calls `body(block, rowStart, rows, columnStart, columns, tile)` for every
    /// `[rowBlock, columnBlock]` tile, with `tile[r * columns + c] = −2 a_{rowStart+r}·b_{columnStart+c}`.
    /// The calls for one row block (`block = rowStart / rowBlock`) come from one worker, in
    /// column order; different blocks run concurrently, so `body` may write only what belongs
    /// to its block. Cost `2·|a|·|b|·D` flops in sgemm.
    static func forEachTile(
        _ a: FeatureMatrix, _ b: FeatureMatrix, rowBlock: Int, columnBlock: Int,
        _ body: (_ block: Int, _ rowStart: Int, _ rows: Int, _ columnStart: Int, _ columns: Int, _ tile: UnsafeMutablePointer<Float>) -> Void
    ) {
        let (na, nb, d) = (a.rows, b.rows, a.columns)
        let blocks = (na + rowBlock - 1) / rowBlock
        a.values.withUnsafeBufferPointer { av in
            b.values.withUnsafeBufferPointer { bv in
                let (aBase, bBase) = (av.baseAddress!, bv.baseAddress!)
                Workers.split(blocks) { _, range in
                    let tile = UnsafeMutablePointer<Float>.allocate(capacity: rowBlock * min(columnBlock, nb))
                    defer { tile.deallocate() }
                    for block in range {
                        let r0 = block * rowBlock
                        let rows = min(rowBlock, na - r0)
                        var c0 = 0
                        while c0 < nb {
                            let columns = min(columnBlock, nb - c0)
                            BLAS.sgemm(
                                transB: true, m: rows, n: columns, k: d, alpha: -2, a: aBase + r0 * d, lda: d,
                                b: bBase + c0 * d, ldb: d, beta: 0, c: tile, ldc: columns)
                            body(block, r0, rows, c0, columns, tile)
                            c0 += columns
                        }
                    }
                }
            }
        }
    }

    /// Turns a tile of `−2 a·b` into `max(0, ‖a_i‖² + ‖b_j‖² − 2 a_i·b_j)` in place, given the
    /// norms of the tile's rows and columns.
    static func completeSquaredDistances(
        _ tile: UnsafeMutablePointer<Float>, rows: Int, columns: Int, rowNorms: UnsafePointer<Float>, columnNorms: UnsafePointer<Float>
    ) {
        for r in 0..<rows {
            let row = tile + r * columns
            let an = rowNorms[r]
            for j in 0..<columns { row[j] = max(0, row[j] + an + columnNorms[j]) }
        }
    }
}
