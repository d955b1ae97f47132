import Datasets
import Foundation
import NeuralNet
import TensorCore

/// Every experiment, cheapest first (issue 5's acceptance: METHODS §13 and the published
/// random-selection baselines on Fashion-MNIST).
func allExperiments() -> [Experiment] {
    var list = [oneEpochFullData(), pytorchOneEpochFullData()]
    for ipc in [1, 10, 50] {
        list.append(randomSubset(ipc: ipc, model: "ConvNet", protocol: .dc))
        list.append(randomSubset(ipc: ipc, model: "ConvNet", protocol: .dsa))
    }
    for model in ["MLP", "LeNet", "AlexNet", "VGG11", "ResNet18"] {
        list.append(randomSubset(ipc: 10, model: model, protocol: .dc, runs: 2))
    }
    return list.sorted { Double($0.runs) * $0.estimatedSeconds < Double($1.runs) * $1.estimatedSeconds }
}

/// The two evaluation protocols of METHODS §13 the experiments use.
enum ProtocolKind: String {
    /// DC: 300 epochs, no augmentation.
    case dc
    /// DSA: 1000 epochs, per-sample DSA (`color_crop_cutout_flip_scale_rotate`).
    case dsa

    /// The protocol, training one network per run.
    var evaluation: EvaluationProtocol {
        switch self {
        case .dc: return .dc(modelCount: 1)
        case .dsa: return .dsa(augmentation: DSA().batchAugmentation, modelCount: 1)
        }
    }

    /// Epochs run per network (the nominal count plus one, as the reference).
    var epochsRun: Int { evaluation.training.epochs }

    /// The settings recorded with the results.
    var settings: [String: String] {
        switch self {
        case .dc:
            return ["protocol": "DC (METHODS §13)", "epochs": "300 nominal, 301 run", "augmentation": "none",
                    "schedule": "x0.1 after epoch 151, optimizer rebuilt"]
        case .dsa:
            return ["protocol": "DSA (METHODS §13)", "epochs": "1000 nominal, 1001 run",
                    "augmentation": "per-sample DSA color_crop_cutout_flip_scale_rotate, mode S, ParamDiffAug defaults",
                    "schedule": "x0.1 after epoch 501, optimizer rebuilt"]
        }
    }
}

/// ConvNet-3 trained for one epoch on all 60,000 training images (issue 5: ≥ 85%).
private func oneEpochFullData() -> Experiment {
    let training = TrainingSettings(epochs: 1, batchSize: 256, learningRate: 0.01, optimizer: .sgd(momentum: 0.9, weightDecay: 0))
    return Experiment(
        name: "convnet-full-data-1-epoch", method: "full-data", ipc: nil, model: "ConvNet",
        settings: [
            "training": "1 epoch over the 60,000 training images, batch 256, shuffled",
            "optimizer": "SGD lr 0.01, momentum 0.9, weight decay 0", "seed": "run k: SeededGenerator(seed: 1000 + k)",
        ],
        reference: "PyTorch peer on this machine (pytorch-convnet-full-data-1-epoch); target ≥ 85%", runs: 3,
        estimatedSeconds: 400
    ) { index, data in
        let model = try Network.convNet(inputShape: [1, 28, 28], classCount: 10)
        var generator = SeededGenerator(seed: 1000 + UInt64(index))
        let trained = try train(
            model, on: data.train(), settings: training, using: &generator,
            progress: ProgressContext(report: { event in
                if event.step == event.total { print("  trained: \(event.metrics.map { "\($0.name) \($0.value)" })") }
            }))
        return try evaluate(model, trained.parameters, state: trained.state, on: data.test()).accuracy
    }
}

/// The same one-epoch run in PyTorch (Benchmarks/peers/one_epoch_convnet.py), for comparison.
private func pytorchOneEpochFullData() -> Experiment {
    Experiment(
        name: "pytorch-convnet-full-data-1-epoch", method: "pytorch-full-data", ipc: nil, model: "ConvNet",
        settings: [
            "training": "1 epoch over the 60,000 training images, batch 256, shuffled",
            "optimizer": "SGD lr 0.01, momentum 0.9, weight decay 0", "seed": "run k: torch.manual_seed(1000 + k)",
            "script": "Benchmarks/peers/one_epoch_convnet.py", "threads": "2",
        ],
        reference: nil, runs: 3, estimatedSeconds: 400
    ) { index, _ in
        try runPythonPeer(["Benchmarks/peers/one_epoch_convnet.py", "--seed", "\(1000 + index)"])
    }
}

/// Random real images, `ipc` per class, judged by an evaluation protocol (METHODS §13: SGD lr
/// 0.01 m 0.9 wd 5e-4, ×0.1 after the middle epoch, batch 256; DC without augmentation for 300
/// epochs, DSA with per-sample DSA for 1000). Run k draws its own subset and network from seed
/// 2000 + k (the same subsets under both protocols).
private func randomSubset(ipc: Int, model: String, protocol kind: ProtocolKind, runs: Int = 5) -> Experiment {
    let published: [Int: String] = [
        1: "random selection 51.4 ± 3.8 (DC paper, Fashion-MNIST, ConvNet)",
        10: "random selection 73.8 ± 0.7 (DC paper, Fashion-MNIST, ConvNet)",
        50: "random selection 82.5 ± 0.7 (DC paper, Fashion-MNIST, ConvNet)",
    ]
    let evaluation = kind.evaluation
    let name = "random-ipc\(ipc)-\(kind.rawValue)-protocol" + (model == "ConvNet" ? "" : "-\(model)")
    // Seconds per training image (forward + backward), measured roughly on this machine with
    // the other core partly busy (session 2's runs); they only order the queue.
    let costPerImage: [String: Double] = ["MLP": 0.0005, "LeNet": 0.001, "ConvNet": 0.0025, "AlexNet": 0.013, "VGG11": 0.013, "ResNet18": 0.02]
    let reference: String
    switch (model, kind) {
    case ("ConvNet", .dc): reference = published[ipc] ?? ""
    case ("ConvNet", .dsa): reference = "the DC-protocol row above (no published random+DSA value)"
    default: reference = "chance is 10%"
    }
    return Experiment(
        name: name, method: "random", ipc: ipc, model: model,
        settings: kind.settings.merging([
            "batch": "256", "optimizer": "SGD lr 0.01, momentum 0.9, weight decay 5e-4",
            "selection": "\(ipc) random training images per class, a fresh subset per run",
            "seed": "run k: SeededGenerator(seed: 2000 + k) draws the subset, the network, the batches and the augmentation",
        ]) { a, _ in a },
        reference: reference, runs: runs,
        estimatedSeconds: Double(ipc * 10 * kind.epochsRun) * (costPerImage[model] ?? 0.01) * (kind == .dsa ? 1.3 : 1) + 15
    ) { index, data in
        var generator = SeededGenerator(seed: 2000 + UInt64(index))
        let subset = try data.train().subset(perClass: ipc, using: &generator)
        let network = try Network.named(model, inputShape: [1, 28, 28], classCount: 10)
        let run = try trainAndTest(
            network, on: subset, test: data.test(), evaluation: evaluation, using: &generator,
            progress: epochPrinter("\(name) run \(index + 1)", every: 100))
        return run.evaluation.accuracy
    }
}

/// Runs a Python peer script from the repository root; its last output line is a JSON object
/// with an "accuracy" field in [0, 1].
private func runPythonPeer(_ arguments: [String]) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    guard process.terminationStatus == 0, let last = lines.last,
        let json = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any],
        let accuracy = json["accuracy"] as? Double
    else {
        throw NeuralNetError(
            "python3 \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus)); "
                + "it needs PyTorch: pip install torch")
    }
    return accuracy
}
