import Foundation
import TensorCore

/// t-distributed stochastic neighbour embedding (van der Maaten & Hinton 2008): a map of
/// high-dimensional points, usually in 2-D, that keeps each point's neighbours close.
///
/// The recipe is scikit-learn's and openTSNE's:
/// 1. Affinities: per point, a Gaussian whose perplexity matches `perplexity`, found by
///    bisection; exact t-SNE uses all other points, Barnes–Hut the `3·perplexity` nearest
///    (blocked GEMM search); then symmetrised, `p_ij = (p_{j|i} + p_{i|j}) / 2N`.
/// 2. Initialisation: PCA to the output dimensions, scaled so the first coordinate has standard
///    deviation 1e-4 (or random normal with that deviation, or a given layout).
/// 3. Gradient descent on KL(P‖Q) with Student-t `Q`: early exaggeration (P × 12) for the first
///    250 iterations, momentum 0.5 then 0.8, per-coordinate gains (delta-bar-delta: +0.2 when
///    the gradient's sign opposes the last step, ×0.8 otherwise, at least `minGain`), learning
///    rate `max(N/12, 200)`, the embedding re-centred after each step.
///
/// Gradients omit the constant factor 4 (openTSNE's and bhtsne's convention, in which the
/// learning rate above is stated); scikit-learn includes it, so its equivalent rate is 4×.
/// Both cores work on every gradient (points split across `Workers`); the result is
/// deterministic for a given input, configuration and worker count.
public enum TSNE {
    /// How the gradient is computed.
    public enum Method: Equatable, Sendable {
        /// Exact when `N ≤ Configuration.exactLimit`, Barnes–Hut otherwise.
        case automatic
        /// Every pair every iteration: `O(N²)` time per iteration and `O(N²)` memory for P;
        /// any output dimension; at most 10,000 points.
        case exact
        /// Sparse P over nearest neighbours and a quadtree with opening angle θ; 2-D output.
        case barnesHut
    }

    /// Where the optimisation starts.
    public enum Initialization {
        /// The input's top principal components, scaled to standard deviation 1e-4 in the first.
        case pca
        /// Independent normal coordinates with standard deviation 1e-4 from the given generator.
        case random(SeededGenerator)
        /// A given `[N, dimensions]` layout, used as it is.
        case given(Tensor)
    }

    /// Every setting, with the defaults of the issue (scikit-learn's and openTSNE's).
    public struct Configuration {
        /// Effective number of neighbours (default 30); must be less than `N − 1`.
        public var perplexity: Double = 30
        /// Gradient steps in all, including the exaggerated ones (default 1000).
        public var iterations: Int = 1000
        /// Factor on P during the first `exaggerationIterations` (default 12).
        public var earlyExaggeration: Double = 12
        /// Steps with exaggeration and the initial momentum (default 250).
        public var exaggerationIterations: Int = 250
        /// Momentum during early exaggeration (default 0.5).
        public var initialMomentum: Double = 0.5
        /// Momentum afterwards (default 0.8).
        public var finalMomentum: Double = 0.8
        /// The step size; nil means `max(N/12, 200)` (see `TSNE` on the gradient convention).
        public var learningRate: Double? = nil
        /// Lower bound on each coordinate's gain (default 0.01).
        public var minGain: Double = 0.01
        /// Barnes–Hut opening angle: a cell of side `s` at distance `d` stands for its points when
        /// `s < θ·d` (default 0.5; 0 is exact).
        public var theta: Double = 0.5
        /// Exact or Barnes–Hut (default automatic).
        public var method: Method = .automatic
        /// The largest `N` that `.automatic` runs exactly (default 1000).
        public var exactLimit: Int = 1000
        /// The largest `N` whose final KL divergence is computed over all pairs (`O(N²)` once);
        /// above it the Barnes–Hut estimate is returned (default 50,000).
        public var exactDivergenceLimit: Int = 50_000
        /// Output dimensions (default 2; Barnes–Hut needs 2).
        public var dimensions: Int = 2
        /// The starting layout (default PCA).
        public var initialization: Initialization = .pca
        /// Iterations between progress reports carrying a KL estimate (default 50).
        public var reportEvery: Int = 50

        /// The defaults; change fields as needed.
        public init() {}
    }

    /// An embedding and how well it fits.
    public struct Result {
        /// The embedded points, `[N, dimensions]`.
        public let embedding: Tensor
        /// KL(P‖Q) at the final embedding for the P that was optimised (the sparse
        /// nearest-neighbour P for Barnes–Hut), without exaggeration.
        public let klDivergence: Double
        /// Whether `klDivergence` sums `Z` over all pairs (true up to `exactDivergenceLimit`)
        /// or is the Barnes–Hut estimate.
        public let klDivergenceIsExact: Bool
        /// The method that ran (`.exact` or `.barnesHut`).
        public let method: Method
        /// The learning rate that was used.
        public let learningRate: Double
    }

    /// Embeds the rows of `x`.
    /// - Parameters:
    ///   - x: `[N, D]` points (for images, usually their first 50 principal components).
    ///   - configuration: settings; see `Configuration`.
    ///   - progress: receives a report every `reportEvery` iterations (step, total, and the KL
    ///     divergence of the layout that step starts from: exact for the exact method, the
    ///     Barnes–Hut estimate otherwise) and is asked for cancellation every iteration.
    /// - Throws: `WorkCancelled` when cancelled; a `TensorError` for bad input or settings.
    /// - Cost: Barnes–Hut about 5 ms per iteration for N = 5,000 on two cores, plus a
    ///   `2·N²·D` flop neighbour search; exact `O(N²)` per iteration.
    public static func embed(_ x: Tensor, configuration: Configuration = Configuration(), progress: ProgressContext = .silent) throws -> Result {
        let data = try FeatureMatrix(x, operation: "TSNE", name: "points", minimumRows: 3)
        let settings = try Settings(configuration, count: data.rows)
        let objective: TSNEObjective
        switch settings.method {
        case .exact:
            objective = ExactObjective(p: DenseAffinities.joint(data, perplexity: configuration.perplexity), count: data.rows, dimensions: configuration.dimensions)
        default:
            let k = min(data.rows - 1, Int(3 * configuration.perplexity))
            let neighbors = NearestNeighbors.search(data, in: data, k: k, excludingSelf: true)
            objective = BarnesHutObjective(affinities: SparseAffinities(neighbors: neighbors, perplexity: configuration.perplexity), theta: configuration.theta)
        }
        var y = try initialLayout(data, configuration: configuration)
        try GradientDescent(settings: settings, configuration: configuration).run(objective, on: &y, progress: progress)
        let exactKL = data.rows <= configuration.exactDivergenceLimit
        var scratch = [Double](repeating: 0, count: y.count)
        let kl = y.withUnsafeBufferPointer { yv in
            scratch.withUnsafeMutableBufferPointer { g in
                exactKL ? objective.exactDivergence(yv.baseAddress!)
                    : objective.gradient(yv.baseAddress!, exaggeration: 1, into: g.baseAddress!, measure: true)!
            }
        }
        return Result(
            embedding: try Tensor(shape: [data.rows, configuration.dimensions], scalars: y.map { Float($0) }),
            klDivergence: kl, klDivergenceIsExact: exactKL, method: settings.method, learningRate: settings.learningRate)
    }

    /// The starting layout as `[N·dimensions]` Doubles.
    static func initialLayout(_ data: FeatureMatrix, configuration: Configuration) throws -> [Double] {
        let (n, d) = (data.rows, configuration.dimensions)
        switch configuration.initialization {
        case .pca:
            guard d <= min(n, data.columns) else {
                throw TensorError("TSNE: PCA initialisation needs dimensions ≤ min(N, D) = \(min(n, data.columns)); use .random")
            }
            let points = try Tensor(shape: [n, data.columns], scalars: data.values)
            var y = try PCA(fitting: points, components: d).transform(points).scalars.map { Double($0) }
            var (mean, square) = (0.0, 0.0)
            for i in 0..<n { mean += y[i * d] }
            mean /= Double(n)
            for i in 0..<n { square += (y[i * d] - mean) * (y[i * d] - mean) }
            let std = (square / Double(n)).squareRoot()
            let scale = std > 0 ? 1e-4 / std : 1
            for i in 0..<y.count { y[i] *= scale }
            return y
        case .random(var generator):
            return (0..<(n * d)).map { _ in 1e-4 * generator.normal() }
        case .given(let layout):
            guard layout.shape == [n, d] else {
                throw TensorError("TSNE: the given initial layout has shape \(layout.shape), expected [\(n), \(d)]")
            }
            guard layout.scalars.allSatisfy({ $0.isFinite }) else { throw TensorError("TSNE: the given initial layout holds non-finite values") }
            return layout.scalars.map { Double($0) }
        }
    }
}
