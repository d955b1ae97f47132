import NeuralNet
import TensorCore

/// Workload 4: one gradient-matching iteration (DC, METHODS §4) at 10 images per class: per
/// class, the parameter gradients of cross-entropy on its first 256 real images (constants)
/// and on its 10 synthetic images (graph kept); DC's layer-wise distance between them; the
/// gradient of the distance summed over classes to the synthetic images (second order).
/// Peer: `Benchmarks/peers/convnet_peer.py gm_iteration`.
let gradientMatchingWorkload = Workload(
    name: "gm_iteration",
    summary: "gradient matching, IPC 10: 10 x (256 real + 10 synthetic) gradients, layer-wise 1 - cos, second order"
) {
    let (classes, ipc, realCount) = (ConvNetSetup.classes, ConvNetSetup.imagesPerClass, ConvNetSetup.realPerClass)
    let model = try ConvNetSetup.model()
    let parameters = try ConvNetSetup.parameters(model, seed: 1).requiringGrad()
    let data = try BenchData()
    let real = try data.perClass(realCount).images
    let synthetic = try data.perClass(ipc, skip: realCount).images.requiringGrad()
    func iteration() throws {
        var loss = Tensor(0)
        for c in 0..<classes {
            let realLoss = try Tensor.crossEntropy(
                logits: model(ConvNetSetup.classSlice(real, c, size: realCount), parameters),
                labels: Array(repeating: c, count: realCount))
            let realGradients = try grad(of: realLoss, wrt: parameters.tensors)
            let syntheticLoss = try Tensor.crossEntropy(
                logits: model(ConvNetSetup.classSlice(synthetic, c, size: ipc), parameters),
                labels: Array(repeating: c, count: ipc))
            let syntheticGradients = try grad(of: syntheticLoss, wrt: parameters.tensors, createGraph: true)
            for (s, r) in zip(syntheticGradients, realGradients) {
                if let distance = try layerDistance(s, r) { loss = try loss + distance }
            }
        }
        _ = try grad(of: loss, wrt: [synthetic])
    }
    // Warmed up by one whole iteration: the steady state of a distillation run, whose heap
    // already holds an iteration's worth of memory (the peer warms up the same way).
    let sample = try Timing.median(runs: 3) { try iteration() }
    let flops = Double(classes) * (Double(realCount + ipc) * ConvNetCost.trainFlops + Double(ipc) * ConvNetCost.secondOrderFlops)
    ConvNetSetup.report("gm_iteration", sample, flops: flops)
}

/// DC's `distance_wb` ('ours'): the sum over output channels (rows) of 1 − cos between the two
/// gradients, each weight reshaped to `[out, rest]`; nil for 1-D tensors (biases, norm affine
/// parameters), which DC leaves out.
private func layerDistance(_ synthetic: Tensor, _ real: Tensor) throws -> Tensor? {
    guard real.rank > 1 else { return nil }
    let rows = real.shape[0], columns = real.count / rows
    let s = try synthetic.reshape([rows, columns]), r = try real.reshape([rows, columns])
    let cosine = try (s * r).sum(axis: 1) / (s.norm(axes: [1]) * r.norm(axes: [1]) + 1e-6)
    return try (1 - cosine).sum()
}
