import NeuralNet
import TensorCore

/// Workload 3: one distribution-matching iteration (DM, METHODS §5) at 10 images per class:
/// a fresh network; per class, the mean embedding of its first 256 real images (no graph) and
/// of its 10 synthetic images; loss = Σ_c ‖mean real − mean synthetic‖²; its gradient to the
/// synthetic images. Peer: `Benchmarks/peers/convnet_peer.py dm_iteration`.
let distributionMatchingWorkload = Workload(
    name: "dm_iteration",
    summary: "distribution matching, IPC 10: fresh net, 10 x (256 real + 10 synthetic) embeddings, gradient to images"
) {
    let (classes, ipc, realCount) = (ConvNetSetup.classes, ConvNetSetup.imagesPerClass, ConvNetSetup.realPerClass)
    let model = try ConvNetSetup.model()
    let data = try BenchData()
    let real = try data.perClass(realCount).images
    let synthetic = try data.perClass(ipc, skip: realCount).images.requiringGrad()
    var seed: UInt64 = 100
    func iteration() throws {
        seed += 1
        let parameters = try ConvNetSetup.parameters(model, seed: seed)
        var loss = Tensor(0)
        for c in 0..<classes {
            let meanReal = try noGrad {
                try model.embed(ConvNetSetup.classSlice(real, c, size: realCount), parameters).mean(axis: 0)
            }
            let meanSynthetic = try model.embed(ConvNetSetup.classSlice(synthetic, c, size: ipc), parameters).mean(axis: 0)
            loss = try loss + (meanReal - meanSynthetic).square().sum()
        }
        _ = try grad(of: loss, wrt: [synthetic])
    }
    // Warmed up by one whole iteration: the steady state of a distillation run, whose heap
    // already holds an iteration's worth of memory (the peer warms up the same way).
    let sample = try Timing.median(runs: 3) { try iteration() }
    // Forward passes of every image; forward and input-gradient products of the synthetic ones.
    let flops = Double(classes) * (Double(realCount) + 2 * Double(ipc)) * ConvNetCost.forwardFlops
    ConvNetSetup.report("dm_iteration", sample, flops: flops)
}
