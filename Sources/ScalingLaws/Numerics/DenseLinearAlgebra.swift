import Foundation

/// Small dense linear solves in Double (n up to a few hundred), row-major storage.
enum DenseLinearAlgebra {
    /// Solves A x = b by Gaussian elimination with partial pivoting; A is n×n row-major.
    /// Returns nil when A is singular to working precision (a pivot below 1e-14 of the largest entry).
    static func solve(_ matrix: [Double], _ rhs: [Double]) -> [Double]? {
        let n = rhs.count
        precondition(matrix.count == n * n, "solve: matrix has \(matrix.count) entries for n = \(n)")
        var a = matrix
        var x = rhs
        let scale = a.map(abs).max() ?? 0
        guard scale > 0, scale.isFinite else { return nil }
        for k in 0..<n {
            var pivot = k
            for i in (k + 1)..<n where abs(a[i * n + k]) > abs(a[pivot * n + k]) { pivot = i }
            guard abs(a[pivot * n + k]) > 1e-14 * scale else { return nil }
            if pivot != k {
                for j in 0..<n { a.swapAt(k * n + j, pivot * n + j) }
                x.swapAt(k, pivot)
            }
            let inverse = 1 / a[k * n + k]
            for i in (k + 1)..<n {
                let factor = a[i * n + k] * inverse
                if factor == 0 { continue }
                for j in k..<n { a[i * n + j] -= factor * a[k * n + j] }
                x[i] -= factor * x[k]
            }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[k]
            for j in (k + 1)..<n { sum -= a[k * n + j] * x[j] }
            x[k] = sum / a[k * n + k]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
