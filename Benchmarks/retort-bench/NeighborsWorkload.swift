import Analysis
import TensorCore

/// Nearest neighbour of each of the 10,000 Fashion-MNIST test images among the 60,000 training
/// images, in the 128-dimensional PCA space of the training set (peer: scikit-learn's
/// `NearestNeighbors(n_neighbors=1)`, Benchmarks/peers/knn_peer.py).
let neighborsWorkload = Workload(
    name: "knn",
    summary: "nearest neighbour of 10,000 queries among 60,000 points, 128 dims (Fashion-MNIST PCA)"
) {
    let (points, queries) = try AnalysisData.projectedSplits(dimensions: 128)
    var found: NeighborList?
    Timing.header()
    let sample = try Timing.median(runs: 5) { found = try NearestNeighbors.search(queries, in: points, k: 1) }
    Timing.report("knn 10000 x 60000 x 128, k = 1", sample, flops: 2.0 * 10_000 * 60_000 * 128)
    let distances = found!.nearestDistances
    print(String(format: "  mean nearest distance %.4f", distances.reduce(0.0) { $0 + Double($1) } / Double(distances.count)))
}
