import Analysis
import TensorCore

/// k-means with k = 128 on the first 6,000 Fashion-MNIST training images in their 128-dim PCA
/// space: k-means++ seeding and Lloyd iterations to scikit-learn's defaults (300 iterations,
/// tol 1e-4, one initialisation). Peer: scikit-learn's `KMeans`, Benchmarks/peers/kmeans_peer.py.
let kMeansWorkload = Workload(
    name: "kmeans",
    summary: "k-means k = 128 on 6,000 x 128 (Fashion-MNIST PCA), k-means++ and Lloyd to tol 1e-4"
) {
    let x = try AnalysisData.projectedTraining(count: 6000, dimensions: 128)
    var seed: UInt64 = 0
    var fits: [KMeans] = []
    Timing.header()
    let sample = try Timing.median(runs: 5) {
        seed += 1
        var generator = SeededGenerator(seed: seed)
        fits.append(try KMeans.fit(x, clusters: 128, using: &generator))
    }
    Timing.report("kmeans 6000 x 128, k = 128", sample)
    let iterations = fits.map(\.iterations).sorted()
    let inertia = fits.map(\.inertia).sorted()
    print("  iterations \(iterations), median inertia \(String(format: "%.1f", inertia[inertia.count / 2]))")
}
