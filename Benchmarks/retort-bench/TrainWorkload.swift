import NeuralNet
import TensorCore

/// The reference ConvNet-3 (width 128, instance norm, ReLU, average pooling) on a batch of 256
/// Fashion-MNIST-shaped images: forward pass (inference, no graph) and one SGD training step
/// (forward, backward, update), reported in images per second. PyTorch on this CPU:
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

    let forward = try Timing.median { _ = try noGrad { try model(images, parameters) } }
    report("forward (no graph)", seconds: forward, images: batch)
    let step = try Timing.median {
        let leaves = parameters.requiringGrad()
        let loss = try Tensor.crossEntropy(logits: model(images, leaves), labels: labels)
        let gradients = try grad(of: loss, wrt: leaves.tensors)
        try optimizer.step(&parameters, gradients: gradients)
    }
    report("training step (forward, backward, SGD)", seconds: step, images: batch)
}

/// One line: the time per batch and the images per second.
private func report(_ name: String, seconds: Double, images: Int) {
    Timing.report(name, seconds: seconds)
    print(String(format: "%@%10.0f images/s", "".padding(toLength: 44, withPad: " ", startingAt: 0), Double(images) / seconds))
}
