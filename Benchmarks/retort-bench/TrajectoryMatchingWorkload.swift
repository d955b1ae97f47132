import NeuralNet
import TensorCore

/// Workload 5: one trajectory-matching iteration (MTT, METHODS §6): from given parameters
/// θ₀, 20 unrolled SGD steps on the 100 synthetic images (10 per class) with a learnable
/// learning rate (graph kept through every step); loss ‖θ₂₀ − θ*‖² / ‖θ₀ − θ*‖² for a target
/// θ* (a second seeded network); its gradient to the images and to the learning rate. The
/// warm-up is one whole iteration (a distillation run's steady state: the heap already holds
/// the unrolled graph's memory, about 6 GB, so the timed run faults no fresh pages).
/// Peer: `Benchmarks/peers/convnet_peer.py mtt_iteration`.
let trajectoryMatchingWorkload = Workload(
    name: "mtt_iteration",
    summary: "trajectory matching: 20 unrolled SGD steps on 100 synthetic images, gradient to images and lr"
) {
    let (ipc, realCount, steps) = (ConvNetSetup.imagesPerClass, ConvNetSetup.realPerClass, 20)
    let model = try ConvNetSetup.model()
    let start = try ConvNetSetup.parameters(model, seed: 1)
    let target = try ConvNetSetup.parameters(model, seed: 2)
    let (images, labels) = try BenchData().perClass(ipc, skip: realCount)
    let synthetic = images.requiringGrad()
    let learningRate = Tensor(0.01).requiringGrad()
    func iteration() throws {
        var current = start.requiringGrad()
        for _ in 0..<steps {
            let loss = try Tensor.crossEntropy(logits: model(synthetic, current), labels: labels)
            let gradients = try grad(of: loss, wrt: current.tensors, createGraph: true)
            current = try SGD.updated(current, gradients: current.replacing(with: gradients), learningRate: learningRate).parameters
        }
        let distance = try squaredDistance(current, target) / squaredDistance(start, target)
        _ = try grad(of: distance, wrt: [synthetic, learningRate])
    }
    let sample = try Timing.median(runs: 3) { try iteration() }
    let flops = Double(steps * labels.count) * (ConvNetCost.trainFlops + ConvNetCost.secondOrderFlops)
    ConvNetSetup.report("mtt_iteration", sample, flops: flops)
}

/// ‖a − b‖² summed over every parameter tensor.
private func squaredDistance(_ a: Parameters, _ b: Parameters) throws -> Tensor {
    try zip(a.tensors, b.tensors).reduce(Tensor(0)) { sum, pair in try sum + (pair.0 - pair.1).square().sum() }
}
