import CBLAS

/// The one door to OpenBLAS: single-precision matrix products and the thread count.
///
/// All matrices are row-major. Callers pass raw pointers so hot loops (im2col chunks, batched
/// products) reuse their buffers without copies.
public enum BLAS {
    /// `C = alpha * op(A) * op(B) + beta * C`, with `op(A)` of size m×k and `op(B)` of size k×n.
    /// `lda`, `ldb`, `ldc` are the row strides of A, B and C as stored (before transposition).
    @inlinable
    public static func sgemm(
        transA: Bool = false, transB: Bool = false, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0 && n > 0 else { return }
        guard k > 0 else {
            // OpenBLAS leaves C untouched for k = 0; the product of empty matrices is zero.
            for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
            return
        }
        cblas_sgemm(
            CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The number of threads OpenBLAS uses for one call.
    public static var threads: Int {
        get { Int(openblas_get_num_threads()) }
        set { openblas_set_num_threads(Int32(max(1, newValue))) }
    }
}
