import TensorCore

/// k-means clustering: k-means++ seeding, then Lloyd iterations with distances through sgemm.
///
/// Follows scikit-learn's `KMeans(algorithm="lloyd")` step for step, so results and iteration
/// counts are comparable: greedy k-means++ with `2 + ⌊ln k⌋` candidates per centre; the
/// tolerance is relative to the data (iterations stop when the total squared centre shift is
/// at most `tolerance ×` the mean per-feature variance, or when no label changes); an empty
/// cluster moves to the point farthest from its centre; after the last update, labels are
/// recomputed so they match the returned centres. Every random choice comes from the caller's
/// generator, so a seed fixes the result (for a given `Workers.count`).
public struct KMeans {
    /// The cluster centres, `[k, D]`.
    public let centres: Tensor
    /// The index of each sample's nearest centre, `N` values in `0..<k`.
    public let labels: [Int]
    /// The sum of squared distances of the samples to their centres (Double, from the
    /// coordinates).
    public let inertia: Double
    /// Lloyd iterations run by the kept initialisation.
    public let iterations: Int
    /// Whether the kept initialisation met the tolerance (or stopped changing labels) before
    /// `maxIterations`.
    public let converged: Bool

    /// The number of clusters `k`.
    public var clusterCount: Int { centres.shape[0] }

    /// Clusters the rows of `x` into `clusters` groups.
    /// - Parameters:
    ///   - x: `[N, D]` samples, `N ≥ clusters`.
    ///   - clusters: `k ≥ 1`.
    ///   - maxIterations: Lloyd iterations per initialisation (scikit-learn's default, 300).
    ///   - tolerance: relative tolerance on the squared centre shift (default 1e-4, as
    ///     scikit-learn).
    ///   - initializations: independent k-means++ starts; the one with the lowest inertia is kept
    ///     (scikit-learn's `n_init`, default 1).
    ///   - generator: the source of every random choice.
    /// - Cost per iteration: `2·N·k·D` flops in sgemm plus `O(N·D)`; seeding `O(k·log k·N·D)`.
    /// - Throws: on non-matrix or non-finite input, `k` outside `1...N`, or non-positive counts.
    public static func fit(
        _ x: Tensor, clusters: Int, maxIterations: Int = 300, tolerance: Double = 1e-4,
        initializations: Int = 1, using generator: inout SeededGenerator
    ) throws -> KMeans {
        let data = try FeatureMatrix(x, operation: "KMeans.fit", name: "samples")
        guard clusters >= 1, clusters <= data.rows else {
            throw TensorError("KMeans.fit: \(clusters) clusters for \(data.rows) samples; ask for 1...\(data.rows)")
        }
        guard maxIterations >= 1, initializations >= 1 else {
            throw TensorError(
                "KMeans.fit: maxIterations (\(maxIterations)) and initializations (\(initializations)) must be at least 1")
        }
        guard tolerance >= 0, tolerance.isFinite else {
            throw TensorError("KMeans.fit: tolerance must be a finite value ≥ 0, got \(tolerance)")
        }
        let absoluteTolerance = tolerance * Lloyd.meanFeatureVariance(data)
        var best: KMeans?
        for _ in 0..<initializations {
            let seeds = KMeansPlusPlus.seeds(data, clusters: clusters, using: &generator)
            var centres = [Float](repeating: 0, count: clusters * data.columns)
            for (c, i) in seeds.enumerated() {
                for j in 0..<data.columns { centres[c * data.columns + j] = data.values[i * data.columns + j] }
            }
            let run = Lloyd.run(data, centres: centres, clusters: clusters, maxIterations: maxIterations, tolerance: absoluteTolerance)
            if best == nil || run.inertia < best!.inertia {
                best = KMeans(
                    centres: try Tensor(shape: [clusters, data.columns], scalars: run.centres), labels: run.labels,
                    inertia: run.inertia, iterations: run.iterations, converged: run.converged)
            }
        }
        return best!
    }

    /// The k-means++ starting centres scikit-learn's greedy variant would pick: `k` distinct
    /// row indices of `x`, the first uniform, each next one the best (lowest potential) of
    /// `2 + ⌊ln k⌋` candidates drawn with probability proportional to the squared distance to
    /// the nearest centre so far.
    public static func plusPlusSeeds(_ x: Tensor, clusters: Int, using generator: inout SeededGenerator) throws -> [Int] {
        let data = try FeatureMatrix(x, operation: "KMeans.plusPlusSeeds", name: "samples")
        guard clusters >= 1, clusters <= data.rows else {
            throw TensorError("KMeans.plusPlusSeeds: \(clusters) clusters for \(data.rows) samples; ask for 1...\(data.rows)")
        }
        return KMeansPlusPlus.seeds(data, clusters: clusters, using: &generator)
    }

    /// The index of each row's nearest centre.
    /// - Parameter x: `[M, D]` with the fitted `D`. Cost `2·M·k·D` flops.
    public func predict(_ x: Tensor) throws -> [Int] {
        let data = try FeatureMatrix(x, operation: "KMeans.predict", name: "samples")
        let centreMatrix = try FeatureMatrix(centres, operation: "KMeans.predict", name: "centres")
        try data.requireSameColumns(as: centreMatrix, operation: "KMeans.predict", names: ("samples", "centres"))
        return NearestNeighbors.blockedSearch(data, in: centreMatrix, k: 1, excludingSelf: false).indices
    }
}
