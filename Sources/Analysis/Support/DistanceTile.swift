import TensorCore

/// One block of squared Euclidean distances between rows of two row-major matrices, through
/// sgemm: `‖a_i‖² + ‖b_j‖² − 2 a_i·b_j` (the expansion that makes distances a matrix product).
///
/// Callers tile the full `[n, m]` distance matrix into blocks small enough to stay in cache and
/// never hold more than one block per worker. Rounding makes the expansion slightly negative for
/// (near-)identical rows; `clampedSquaredDistances` clamps at 0.
enum DistanceTile {
    /// `tile[i, j] = −2 a_i·b_j` for `i < rowsA`, `j < rowsB` (row stride `rowsB`): the part of
    /// the squared distance that needs a product. Cost `2·rowsA·rowsB·dimension` flops.
    @inline(__always)
    static func innerProducts(
        a: UnsafePointer<Float>, rowsA: Int, b: UnsafePointer<Float>, rowsB: Int, dimension: Int,
        into tile: UnsafeMutablePointer<Float>
    ) {
        BLAS.sgemm(
            transB: true, m: rowsA, n: rowsB, k: dimension, alpha: -2, a: a, lda: dimension,
            b: b, ldb: dimension, beta: 0, c: tile, ldc: rowsB)
    }

    /// `tile[i, j] = max(0, ‖a_i‖² + ‖b_j‖² − 2 a_i·b_j)`, row stride `rowsB`.
    static func clampedSquaredDistances(
        a: UnsafePointer<Float>, aNorms: UnsafePointer<Float>, rowsA: Int,
        b: UnsafePointer<Float>, bNorms: UnsafePointer<Float>, rowsB: Int, dimension: Int,
        into tile: UnsafeMutablePointer<Float>
    ) {
        innerProducts(a: a, rowsA: rowsA, b: b, rowsB: rowsB, dimension: dimension, into: tile)
        for i in 0..<rowsA {
            let row = tile + i * rowsB
            let an = aNorms[i]
            for j in 0..<rowsB { row[j] = max(0, row[j] + an + bNorms[j]) }
        }
    }
}
