import CBLAS

/// The door to the LAPACK routines OpenBLAS exports: a symmetric eigensolver in Double.
///
/// LAPACK is Fortran: arrays are column-major and every argument is passed by pointer. For a
/// symmetric matrix row- and column-major storage coincide, and the eigenvectors come back one
/// per contiguous run of `n` values, which is row-major `[count, n]`.
public enum LAPACK {
    /// The `count` largest eigenvalues of the symmetric `n`×`n` matrix `matrix` (row-major,
    /// only its upper triangle is read) and their unit eigenvectors, largest first.
    ///
    /// Uses `dsyevr` (Householder tridiagonalisation, then relatively robust representations);
    /// cost about `(4/3)n³ + O(n²·count)` flops. Each eigenvector's sign is as LAPACK returns it.
    /// - Returns: `values` (`count`, descending) and `vectors` (`[count, n]` row-major).
    /// - Throws: when `count` is outside `0...n` or LAPACK reports a failure.
    public static func largestEigenpairs(
        ofSymmetric matrix: [Double], n: Int, count: Int
    ) throws -> (values: [Double], vectors: [Double]) {
        guard matrix.count == n * n else {
            throw TensorError("largestEigenpairs: a \(n)x\(n) matrix needs \(n * n) values, got \(matrix.count)")
        }
        guard count >= 0, count <= n else {
            throw TensorError("largestEigenpairs: asked for \(count) eigenpairs of a \(n)x\(n) matrix; ask for 0...\(n)")
        }
        guard count > 0 else { return ([], []) }
        var a = matrix
        var nn = Int32(n), lda = Int32(n), ldz = Int32(n)
        var il = Int32(n - count + 1), iu = Int32(n)
        var vl = 0.0, vu = 0.0, abstol = 0.0
        var found: Int32 = 0, info: Int32 = 0
        var w = [Double](repeating: 0, count: n)
        var z = [Double](repeating: 0, count: n * count)
        var support = [Int32](repeating: 0, count: 2 * max(1, count))

        // A workspace query first (lwork = liwork = -1), then the solve.
        var workSize = 0.0
        var iworkSize: Int32 = 0
        var query: Int32 = -1
        dsyevr_("V", "I", "U", &nn, &a, &lda, &vl, &vu, &il, &iu, &abstol, &found, &w, &z, &ldz, &support,
                &workSize, &query, &iworkSize, &query, &info, 1, 1, 1)
        guard info == 0 else { throw TensorError("largestEigenpairs: LAPACK dsyevr workspace query failed (info \(info))") }
        var lwork = Int32(workSize), liwork = iworkSize
        var work = [Double](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        dsyevr_("V", "I", "U", &nn, &a, &lda, &vl, &vu, &il, &iu, &abstol, &found, &w, &z, &ldz, &support,
                &work, &lwork, &iwork, &liwork, &info, 1, 1, 1)
        guard info == 0, Int(found) == count else {
            throw TensorError(
                "largestEigenpairs: LAPACK dsyevr failed (info \(info), \(found) of \(count) eigenpairs); "
                    + "check the matrix for NaN or infinite values")
        }
        // dsyevr returns the selected eigenpairs in ascending order; reverse them.
        var values = [Double](repeating: 0, count: count)
        var vectors = [Double](repeating: 0, count: count * n)
        for r in 0..<count {
            let source = count - 1 - r
            values[r] = w[source]
            for i in 0..<n { vectors[r * n + i] = z[source * n + i] }
        }
        return (values, vectors)
    }
}
