import NeuralNet
import TensorCore

/// The reference ConvNet-3 (width 128, instance norm, ReLU, average pooling) on a batch of 256
/// Fashion-MNIST-shaped images: forward pass (inference, no graph) and one SGD training step
/// (forward, backward, update), reported in images per second of wall time and of CPU time (on
/// a shared machine the CPU rate shows the cost of the work). PyTorch on this CPU:
/// Benchmarks/peers/train_step.py.
let trainWorkload = Workload(
    name: "train",
    summary: "ConvNet-3 on 256x1x28x28: forward and SGD training step, images/s"
) {
    let batch = 256
    let model = try Network.convNet(inputShape: [1, 28, 28], classCount: 10)
    var generator = SeededGenerator(seed: 1)
    var parameters = try model.initialParameters(using: &generator)
    var rng = BenchValues(seed: 3)
    let images = rng.tensor([batch, 1, 28, 28])
    let labels = (0..<batch).map { $0 % 10 }
    var optimizer = SGD(learningRate: 0.01, momentum: 0.9, weightDecay: 5e-4)

    Timing.header()
    let forward = try Timing.median { _ = try noGrad { try model(images, parameters) } }
    report("forward (no graph)", forward, images: batch)
    let step = try Timing.median {
        let leaves = parameters.requiringGrad()
        let loss = try Tensor.crossEntropy(logits: model(images, leaves), labels: labels)
        let gradients = try grad(of: loss, wrt: leaves.tensors)
        try optimizer.step(&parameters, gradients: gradients)
    }
    report("training step (forward, backward, SGD)", step, images: batch)
}

/// Two lines: the time per batch, then images per wall second and per CPU second.
private func report(_ name: String, _ sample: Timing.Sample, images: Int) {
    Timing.report(name, sample)
    let rates = String(format: "%.0f images/s (wall), %.0f images/cpu-s", Double(images) / sample.wall, Double(images) / max(sample.cpu, 1e-9))
    print("".padding(toLength: 44, withPad: " ", startingAt: 0) + rates)
}
