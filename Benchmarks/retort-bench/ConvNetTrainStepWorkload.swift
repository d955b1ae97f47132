import NeuralNet
import TensorCore

/// Workload 2: one training step of the ConvNet-3 on the first 256 Fashion-MNIST training
/// images: forward, cross-entropy, backward, SGD (lr 0.01, momentum 0.9, weight decay 5e-4).
/// Peer: `Benchmarks/peers/convnet_peer.py convnet_train_step`.
let convNetTrainStepWorkload = Workload(
    name: "convnet_train_step",
    summary: "ConvNet-3 training step (forward, backward, SGD momentum), batch 256 (images/s)"
) {
    let model = try ConvNetSetup.model()
    var parameters = try ConvNetSetup.parameters(model, seed: 1)
    let (images, labels) = try BenchData().firstBatch(256)
    var optimizer = SGD(learningRate: 0.01, momentum: 0.9, weightDecay: 5e-4)
    let sample = try Timing.median(runs: 3) {
        let leaves = parameters.requiringGrad()
        let loss = try Tensor.crossEntropy(logits: model(images, leaves), labels: labels)
        try optimizer.step(&parameters, gradients: grad(of: loss, wrt: leaves.tensors))
    }
    ConvNetSetup.report("convnet_train_step", sample, flops: 256 * ConvNetCost.trainFlops, images: 256)
}
