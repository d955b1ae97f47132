import Foundation
import TensorCore

/// The maximum mean discrepancy between two samples under a Gaussian kernel (Gretton et al.
/// 2012): how far apart their kernel mean embeddings are, 0 when the distributions agree.
///
/// `k(a, b) = exp(−‖a − b‖² / (2σ²))`. DREAM's MMD curves name neither kernel nor bandwidth
/// (METHODS.md §14); the default here is the median heuristic (σ = median distance between
/// distinct points of the pooled sample) and the unbiased estimator, both parameters.
/// Estimators, with `n = |X|`, `m = |Y|`:
/// - biased: `(1/n²) Σ_ij k(x_i, x_j) + (1/m²) Σ_ij k(y_i, y_j) − (2/nm) Σ_ij k(x_i, y_j)`;
/// - unbiased: the same without the `i = j` terms, normalised by `n(n−1)` and `m(m−1)`
///   (can be slightly negative when the distributions agree).
public struct MMD: Equatable {
    /// How the kernel width σ is chosen.
    public enum Bandwidth: Equatable {
        /// σ = the median Euclidean distance over distinct pairs of the pooled sample; when it
        /// has more than `maxPoints` rows, over an evenly spaced subset of `maxPoints` of them
        /// (deterministic, no random choice).
        case median(maxPoints: Int = 1000)
        /// A given σ > 0.
        case fixed(Double)
    }

    /// Which estimator of MMD² to use.
    public enum Estimator: Equatable {
        /// Includes the `i = j` kernel terms; never negative, biased upwards by O(1/n).
        case biased
        /// Excludes the `i = j` terms; unbiased, needs at least two points per sample.
        case unbiased
    }

    /// The estimate of MMD².
    public let squared: Double
    /// The kernel width σ that was used.
    public let bandwidth: Double
    /// The estimator that was used.
    public let estimator: Estimator

    /// MMD itself, `√max(0, MMD²)`.
    public var value: Double { max(0, squared).squareRoot() }

    /// Estimates MMD² between the rows of `x` and of `y`.
    /// - Parameters:
    ///   - x: `[n, D]`; `y`: `[m, D]` (each at least 2 rows for the unbiased estimator).
    /// - Cost: `(n + m)²·D` flops in sgemm and `(n + m)²` exponentials, in tiles split across
    ///   `Workers`; the median heuristic adds `O(p² log p)` with `p = min(n + m, maxPoints)`.
    /// - Throws: on non-matrix or non-finite input, mismatched features, too few rows, a
    ///   non-positive bandwidth, or a pooled sample whose points all coincide (median 0).
    public init(between x: Tensor, and y: Tensor, bandwidth: Bandwidth = .median(), estimator: Estimator = .unbiased) throws {
        let minimum = estimator == .unbiased ? 2 : 1
        let a = try FeatureMatrix(x, operation: "MMD", name: "the first sample", minimumRows: minimum)
        let b = try FeatureMatrix(y, operation: "MMD", name: "the second sample", minimumRows: minimum)
        try a.requireSameColumns(as: b, operation: "MMD", names: ("the first sample's rows", "the second sample's rows"))
        // Centring both on the pooled mean leaves distances unchanged and shrinks the norms in
        // ‖a‖² + ‖b‖² − 2ab, hence its rounding error.
        let pooledMean = Covariance.columnMeans(FeatureMatrix(unchecked: a.values + b.values, rows: a.rows + b.rows, columns: a.columns))
        let (xc, yc) = (a.centred(on: pooledMean), b.centred(on: pooledMean))
        let sigma: Double
        switch bandwidth {
        case .fixed(let value):
            guard value > 0, value.isFinite else { throw TensorError("MMD: the bandwidth must be a finite σ > 0, got \(value); pass bandwidth: .fixed(σ) with σ > 0 or .median()") }
            sigma = value
        case .median(let maxPoints):
            guard maxPoints >= 2 else { throw TensorError("MMD: the median heuristic needs maxPoints ≥ 2, got \(maxPoints)") }
            sigma = MMD.medianDistance(FeatureMatrix(unchecked: xc.values + yc.values, rows: a.rows + b.rows, columns: a.columns), maxPoints: maxPoints)
            guard sigma > 0 else {
                throw TensorError("MMD: all pooled points coincide, so the median distance is 0; pass bandwidth: .fixed(σ)")
            }
        }
        let gamma = 1 / (2 * sigma * sigma)
        let xx = GaussianKernelSums.sum(xc, xc, gamma: gamma, skipDiagonal: true)
        let yy = GaussianKernelSums.sum(yc, yc, gamma: gamma, skipDiagonal: true)
        let xy = GaussianKernelSums.sum(xc, yc, gamma: gamma, skipDiagonal: false)
        let (n, m) = (Double(a.rows), Double(b.rows))
        switch estimator {
        case .biased: squared = (xx + n) / (n * n) + (yy + m) / (m * m) - 2 * xy / (n * m)
        case .unbiased: squared = xx / (n * (n - 1)) + yy / (m * (m - 1)) - 2 * xy / (n * m)
        }
        self.bandwidth = sigma
        self.estimator = estimator
    }

    /// The median Euclidean distance over distinct pairs of (an evenly spaced subset of) rows.
    static func medianDistance(_ pooled: FeatureMatrix, maxPoints: Int) -> Double {
        let p = min(pooled.rows, maxPoints)
        let rows = (0..<p).map { $0 * pooled.rows / p }
        let d = pooled.columns
        var distances: [Double] = []
        distances.reserveCapacity(p * (p - 1) / 2)
        for s in 0..<p {
            for t in (s + 1)..<p {
                var sum = 0.0
                for c in 0..<d {
                    let diff = Double(pooled.values[rows[s] * d + c]) - Double(pooled.values[rows[t] * d + c])
                    sum += diff * diff
                }
                distances.append(sum.squareRoot())
            }
        }
        distances.sort()
        let c = distances.count
        return c % 2 == 1 ? distances[c / 2] : (distances[c / 2 - 1] + distances[c / 2]) / 2
    }
}
