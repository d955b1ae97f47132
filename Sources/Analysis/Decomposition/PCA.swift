import TensorCore

/// Principal component analysis: the top-k directions of largest variance of a data matrix,
/// their variances, and the projection onto them.
///
/// Fitting forms the `[D, D]` scatter matrix of the centred data with sgemm (or, when there are
/// fewer samples than features, the `[N, N]` Gram matrix) and takes its largest eigenpairs with
/// LAPACK's `dsyevr` in Double. Each component's sign is fixed so that its entry of largest
/// magnitude is positive, which makes fits reproducible.
public struct PCA {
    /// The column means of the fitted data, `[D]`.
    public let mean: Tensor
    /// The principal directions, `[k, D]`, orthonormal rows in order of decreasing variance.
    public let components: Tensor
    /// The variance of the data along each component (eigenvalues of the covariance matrix,
    /// normalised by `N − 1`), `k` values, decreasing.
    public let explainedVariance: [Double]
    /// Each component's share of the total variance (the trace of the covariance), `k` values.
    public let explainedVarianceRatio: [Double]

    /// Fits the top `components` principal directions of `x`.
    /// - Parameters:
    ///   - x: `[N, D]` data, one sample per row, `N ≥ 2`.
    ///   - components: `k` in `1...min(N, D)`.
    /// - Cost: `N·D²` flops (sgemm) plus `O(D³)` for the eigensolver when `N ≥ D`;
    ///   `N²·D + O(N³)` otherwise. Memory `O(D²)` (or `O(N² + N·D)`).
    /// - Throws: on a non-matrix, non-finite values, fewer than two rows, or `k` out of range.
    public init(fitting x: Tensor, components k: Int) throws {
        let data = try FeatureMatrix(x, operation: "PCA", name: "data", minimumRows: 2)
        let (n, d) = (data.rows, data.columns)
        guard k >= 1, k <= min(n, d) else {
            throw TensorError("PCA: asked for \(k) components of \(n) samples in \(d) dimensions; ask for 1...\(min(n, d))")
        }
        let mean = Covariance.columnMeans(data)
        var directions: [Double]
        var eigenvalues: [Double]
        var trace = 0.0
        if n >= d {
            let scatter = Covariance.scatter(data, mean: mean)
            for i in 0..<d { trace += scatter[i * d + i] }
            (eigenvalues, directions) = try LAPACK.largestEigenpairs(ofSymmetric: scatter, n: d, count: k)
        } else {
            let (gram, centred) = Covariance.centredGram(data, mean: mean)
            for i in 0..<n { trace += gram[i * n + i] }
            let (values, u) = try LAPACK.largestEigenpairs(ofSymmetric: gram, n: n, count: k)
            eigenvalues = values
            directions = PCA.directionsFromGram(u, values: values, centred: centred, samples: n, features: d)
        }
        PCA.fixSigns(&directions, count: k, dimension: d)
        let variances = eigenvalues.map { max(0, $0) / Double(n - 1) }
        let total = trace / Double(n - 1)
        self.mean = Tensor(mean.map { Float($0) })
        self.components = try Tensor(shape: [k, d], scalars: directions.map { Float($0) })
        self.explainedVariance = variances
        self.explainedVarianceRatio = variances.map { total > 0 ? $0 / total : 0 }
    }

    /// The number of components `k`.
    public var componentCount: Int { components.shape[0] }

    /// Projects rows onto the components: `(x − mean) · componentsᵀ`.
    /// - Parameter x: `[M, D]` with the fitted `D`.
    /// - Returns: `[M, k]`. Cost `2·M·D·k` flops (one sgemm, no centred copy).
    public func transform(_ x: Tensor) throws -> Tensor {
        let data = try FeatureMatrix(x, operation: "PCA.transform", name: "data")
        let (k, d) = (components.shape[0], components.shape[1])
        guard data.columns == d else {
            throw TensorError("PCA.transform: the PCA was fitted on \(d) features but the data has \(data.columns)")
        }
        // mean·componentsᵀ, subtracted from every projected row.
        var offset = [Double](repeating: 0, count: k)
        for c in 0..<k {
            for j in 0..<d { offset[c] += Double(mean.scalars[j]) * Double(components.scalars[c * d + j]) }
        }
        return Tensor.build([data.rows, k]) { out in
            data.values.withUnsafeBufferPointer { v in
                components.withUnsafeBufferPointer { w in
                    BLAS.sgemm(
                        transB: true, m: data.rows, n: k, k: d, a: v.baseAddress!, lda: d, b: w.baseAddress!, ldb: d,
                        c: out.baseAddress!, ldc: k)
                }
            }
            for i in 0..<data.rows {
                for c in 0..<k { out[i * k + c] -= Float(offset[c]) }
            }
        }
    }

    /// Component directions `v = Xcᵀ u / ‖Xcᵀ u‖` from eigenvectors `u` of the Gram matrix.
    private static func directionsFromGram(_ u: [Double], values: [Double], centred: [Float], samples n: Int, features d: Int) -> [Double] {
        let k = values.count
        var v = [Double](repeating: 0, count: k * d)
        for c in 0..<k {
            for i in 0..<n {
                let weight = u[c * n + i]
                for j in 0..<d { v[c * d + j] += weight * Double(centred[i * d + j]) }
            }
            var norm = 0.0
            for j in 0..<d { norm += v[c * d + j] * v[c * d + j] }
            norm = norm.squareRoot()
            if norm > 0 { for j in 0..<d { v[c * d + j] /= norm } }
        }
        return v
    }

    /// Makes the entry of largest magnitude of every row positive.
    private static func fixSigns(_ rows: inout [Double], count: Int, dimension d: Int) {
        for c in 0..<count {
            var largest = 0.0
            for j in 0..<d where abs(rows[c * d + j]) > abs(largest) { largest = rows[c * d + j] }
            if largest < 0 { for j in 0..<d { rows[c * d + j] = -rows[c * d + j] } }
        }
    }
}
