import NeuralNet
import TensorCore

/// Workload 1: the ConvNet-3's logits for the first 256 Fashion-MNIST training images, no graph.
/// Peer: `Benchmarks/peers/convnet_peer.py convnet_forward`.
let convNetForwardWorkload = Workload(
    name: "convnet_forward",
    summary: "ConvNet-3 forward pass, batch 256 (images/s)"
) {
    let model = try ConvNetSetup.model()
    let parameters = try ConvNetSetup.parameters(model, seed: 1)
    let images = try BenchData().firstBatch(256).images
    let sample = try Timing.median(runs: 5) { _ = try noGrad { try model(images, parameters) } }
    ConvNetSetup.report("convnet_forward", sample, flops: 256 * ConvNetCost.forwardFlops, images: 256)
}
