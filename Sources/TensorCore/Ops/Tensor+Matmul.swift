/// Matrix products through `BLAS.sgemm`, plain and batched, with transposition as a flag rather
/// than a copy.
///
/// Shapes (before the flags, which transpose the last two axes of an operand):
/// - `[M, K] × [K, N] → [M, N]`;
/// - `[B, M, K] × [B, K, N] → [B, M, N]`, where either batch may be 1 (broadcast);
/// - `[B, M, K] × [K, N]` and `[M, K] × [B, K, N]`: the matrix is shared by the batch.
/// Cost: 2·B·M·N·K flops in sgemm; `[B, M, K] × [K, N]` is one sgemm of `[B·M, K] × [K, N]`.
/// The backward rule is itself a pair of products with flags, so gradients of any order work.
extension Tensor {
    /// The matrix product `self × other` (see the shapes above).
    /// - Throws: when a rank is not 2 or 3 or the inner sizes differ (the message names both shapes).
    public func matmul(_ other: Tensor) throws -> Tensor {
        try Tensor.matmul(self, other)
    }

    /// `op(a) × op(b)`, where `op` transposes the last two axes of an operand when its flag is set
    /// (`matmul(x, w, transposingB: true)` is `x × wᵀ` without forming `wᵀ`).
    /// - Throws: when a rank is not 2 or 3, the inner sizes differ, or the batch sizes differ and
    ///   neither is 1; the message names both shapes.
    public static func matmul(
        _ a: Tensor, _ b: Tensor, transposingA: Bool = false, transposingB: Bool = false
    ) throws -> Tensor {
        guard (2...3).contains(a.rank), (2...3).contains(b.rank) else {
            throw TensorError(
                "matmul: expected operands of rank 2 or 3, got shapes \(a.shape) and \(b.shape); "
                    + "reshape higher-rank inputs to [batch, rows, columns]")
        }
        if a.rank == 3 && b.rank == 2 && !transposingA {
            let rows = try a.reshape([a.shape[0] * a.shape[1], a.shape[2]])
            let product = try matmul(rows, b, transposingB: transposingB)
            return try product.reshape([a.shape[0], a.shape[1], product.shape[1]])
        }
        let layout = try MatmulLayout(a.shape, b.shape, transposingA, transposingB)
        let value = Tensor.build(layout.outputShape) { out in
            guard let c = out.baseAddress else { return }
            if layout.k == 0 {
                c.initialize(repeating: 0, count: out.count)
                return
            }
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    guard let a0 = pa.baseAddress, let b0 = pb.baseAddress else { return }
                    for batch in 0..<layout.batch {
                        BLAS.sgemm(
                            transA: transposingA, transB: transposingB, m: layout.m, n: layout.n, k: layout.k,
                            a: a0 + batch * layout.batchStrideA, lda: transposingA ? layout.m : layout.k,
                            b: b0 + batch * layout.batchStrideB, ldb: transposingB ? layout.k : layout.n,
                            c: c + batch * layout.m * layout.n, ldc: layout.n)
                    }
                }
            }
        }
        return recording(value, inputs: [a, b], backward: Derivatives.matmul(a, b, transposingA, transposingB))
    }
}

/// The sizes of one (batched) matrix product, checked.
struct MatmulLayout {
    let batch, m, n, k: Int
    /// Elements between consecutive batch matrices of each operand (0 when shared).
    let batchStrideA, batchStrideB: Int
    let outputShape: [Int]

    init(_ sa: [Int], _ sb: [Int], _ transA: Bool, _ transB: Bool) throws {
        let ra = sa.suffix(2), rb = sb.suffix(2)
        let (m, ka) = transA ? (ra.last!, ra.first!) : (ra.first!, ra.last!)
        let (kb, n) = transB ? (rb.last!, rb.first!) : (rb.first!, rb.last!)
        guard ka == kb else {
            throw TensorError.shapeMismatch(
                "matmul", sa, sb,
                "the inner sizes \(ka) and \(kb) must agree"
                    + (transA || transB ? " (transposingA: \(transA), transposingB: \(transB))" : ""))
        }
        let ba = sa.count == 3 ? sa[0] : 1, bb = sb.count == 3 ? sb[0] : 1
        guard ba == bb || ba == 1 || bb == 1 else {
            throw TensorError.shapeMismatch("matmul", sa, sb, "batch sizes \(ba) and \(bb) must be equal or 1")
        }
        self.m = m
        self.n = n
        self.k = ka
        self.batch = Swift.max(ba, bb)
        self.batchStrideA = ba == 1 ? 0 : m * ka
        self.batchStrideB = bb == 1 ? 0 : ka * n
        self.outputShape = sa.count == 3 || sb.count == 3 ? [batch, m, n] : [m, n]
    }
}
