import Datasets
import NeuralNet
import TensorCore

/// One accuracy experiment: a name, what it measures, and how to do one of its runs.
struct Experiment {
    /// The name in results.json and for `ACCURACY_ONLY`, e.g. "random-ipc10-dc-protocol".
    let name: String
    /// The method whose accuracy is measured ("random", "full-data", "pytorch-full-data").
    let method: String
    /// Images per class of the training set (nil for the full training set).
    let ipc: Int?
    /// The network trained.
    let model: String
    /// What a reader needs to reproduce the runs (protocol, epochs, optimiser, …).
    let settings: [String: String]
    /// The published value to compare with, if any (mean and std in percent, and its source).
    let reference: String?
    /// The number of runs (networks trained).
    let runs: Int
    /// Rough wall time of one run on an idle 2-core machine, in seconds (orders the queue).
    let estimatedSeconds: Double
    /// Performs run `index` (0-based) and returns its test accuracy in [0, 1].
    let run: (_ index: Int, _ data: ExperimentData) throws -> Double
}

/// The Fashion-MNIST splits, loaded once.
final class ExperimentData {
    private var cachedTrain: LabeledSet?
    private var cachedTest: LabeledSet?

    /// The normalised training split (60,000 images).
    func train() throws -> LabeledSet {
        if let cachedTrain { return cachedTrain }
        let set = try FashionMNIST.load(.train)
        cachedTrain = set
        return set
    }

    /// The normalised test split (10,000 images).
    func test() throws -> LabeledSet {
        if let cachedTest { return cachedTest }
        let set = try FashionMNIST.load(.test)
        cachedTest = set
        return set
    }
}

/// A progress context printing one line every `every` epochs.
func epochPrinter(_ label: String, every: Int) -> ProgressContext {
    ProgressContext(report: { event in
        guard event.step % every == 0 || event.step == event.total else { return }
        let metrics = event.metrics.map { "\($0.name) \(String(format: "%.4f", $0.value))" }.joined(separator: ", ")
        print("  \(label): \(event.message) \(metrics)")
    })
}
