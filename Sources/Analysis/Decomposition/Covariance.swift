import TensorCore

/// Second moments of centred data for PCA, accumulated in Double from sgemm blocks.
///
/// Rows are centred one block at a time into a scratch buffer, so the centred copy of a large
/// data set never exists in full; each block's product is added into a Double matrix, which
/// keeps ~15 digits however many rows there are.
enum Covariance {
    /// Rows per block.
    static let rowBlock = 1024

    /// The column means of `x`, in Double.
    static func columnMeans(_ x: FeatureMatrix) -> [Double] {
        var mean = [Double](repeating: 0, count: x.columns)
        x.values.withUnsafeBufferPointer { v in
            for i in 0..<x.rows {
                let row = v.baseAddress! + i * x.columns
                for j in 0..<x.columns { mean[j] += Double(row[j]) }
            }
        }
        return mean.map { $0 / Double(x.rows) }
    }

    /// The scatter matrix `Σ_i (x_i − μ)(x_i − μ)ᵀ`, `[D, D]` row-major.
    /// Cost `N·D²` flops (sgemm) plus `(N / rowBlock)·D²` Double additions.
    static func scatter(_ x: FeatureMatrix, mean: [Double]) -> [Double] {
        let (n, d) = (x.rows, x.columns)
        var total = [Double](repeating: 0, count: d * d)
        var centred = [Float](repeating: 0, count: min(n, rowBlock) * d)
        var product = [Float](repeating: 0, count: d * d)
        let mu = mean.map { Float($0) }
        x.values.withUnsafeBufferPointer { v in
            var start = 0
            while start < n {
                let rows = min(rowBlock, n - start)
                fillCentred(v.baseAddress! + start * d, rows: rows, columns: d, mean: mu, into: &centred)
                centred.withUnsafeBufferPointer { c in
                    product.withUnsafeMutableBufferPointer { p in
                        BLAS.sgemm(
                            transA: true, m: d, n: d, k: rows, a: c.baseAddress!, lda: d, b: c.baseAddress!, ldb: d,
                            c: p.baseAddress!, ldc: d)
                    }
                }
                for i in 0..<(d * d) { total[i] += Double(product[i]) }
                start += rows
            }
        }
        return total
    }

    /// The Gram matrix of the centred rows, `G[i, j] = (x_i − μ)·(x_j − μ)`, `[N, N]`; for
    /// PCA with fewer samples than features. Cost `N²·D` flops; `N·D` floats of scratch.
    static func centredGram(_ x: FeatureMatrix, mean: [Double]) -> (gram: [Double], centred: [Float]) {
        let (n, d) = (x.rows, x.columns)
        var centred = [Float](repeating: 0, count: n * d)
        x.values.withUnsafeBufferPointer { v in
            fillCentred(v.baseAddress!, rows: n, columns: d, mean: mean.map { Float($0) }, into: &centred)
        }
        var product = [Float](repeating: 0, count: n * n)
        centred.withUnsafeBufferPointer { c in
            product.withUnsafeMutableBufferPointer { p in
                BLAS.sgemm(
                    transB: true, m: n, n: n, k: d, a: c.baseAddress!, lda: d, b: c.baseAddress!, ldb: d,
                    c: p.baseAddress!, ldc: n)
            }
        }
        return (product.map { Double($0) }, centred)
    }

    private static func fillCentred(_ rows: UnsafePointer<Float>, rows count: Int, columns d: Int, mean: [Float], into out: inout [Float]) {
        for i in 0..<count {
            for j in 0..<d { out[i * d + j] = rows[i * d + j] - mean[j] }
        }
    }
}
