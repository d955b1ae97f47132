import Analysis
import Foundation
import TensorCore

/// t-SNE of the first 5,000 Fashion-MNIST training images after PCA to 50 dimensions, with the
/// default settings (perplexity 30, 1000 iterations, early exaggeration 12 for 250, Barnes–Hut
/// θ = 0.5, learning rate max(N/12, 200)). Peers: openTSNE and scikit-learn with the same
/// settings, Benchmarks/peers/tsne_peer.py. Also prints the final KL divergence and the
/// trustworthiness (k = 10) of the map. With `RETORT_TSNE_EMBEDDING=file`, the embedding is
/// also written there as raw little-endian float32 `[5000, 2]`, for the peer to evaluate.
let tsneWorkload = Workload(
    name: "tsne",
    summary: "t-SNE of 5,000 Fashion-MNIST images (PCA 50), perplexity 30, 1000 iterations, Barnes-Hut"
) {
    let x = try AnalysisData.projectedTraining(count: 5000, dimensions: 50)
    var result: TSNE.Result?
    Timing.header()
    let sample = try Timing.median(runs: 1, warmup: 0) { result = try TSNE.embed(x) }
    Timing.report("tsne 5000 x 50, 1000 iterations", sample)
    let trust = try Trustworthiness.score(original: x, embedding: result!.embedding, k: 10)
    print(String(format: "  KL %.4f (exact Z)  trustworthiness(10) %.4f", result!.klDivergence, trust))
    if let path = ProcessInfo.processInfo.environment["RETORT_TSNE_EMBEDDING"] {
        let bytes = result!.embedding.scalars.withUnsafeBufferPointer { Data(buffer: $0) }
        try bytes.write(to: URL(fileURLWithPath: path))
    }
}
