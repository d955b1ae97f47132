import Datasets
import TensorCore

/// How a trained network does on a labelled set.
public struct Evaluation: Sendable, Equatable {
    /// The fraction of samples classified correctly, in [0, 1].
    public let accuracy: Double
    /// The mean cross-entropy over the samples.
    public let loss: Double
    /// The accuracy on the samples of each class (nan for a class without samples).
    public let perClassAccuracy: [Double]
    /// `confusion[true][predicted]`: how many samples of each class went to each class.
    public let confusion: [[Int]]
    /// The number of samples evaluated.
    public let count: Int
}

/// Evaluates `model` with `parameters` on `set`: accuracy, loss, per-class accuracy and the
/// confusion matrix. Batch norm uses the running statistics in `state` (inference mode);
/// nothing is recorded for autodiff. Cost: one forward pass over the set, `batchSize` samples
/// at a time.
///
/// - Parameters:
///   - state: the model's batch-norm state; `model.initialState()` when nil (fine for models
///     without batch norm).
///   - progress: cancellation is checked before every batch.
/// - Throws: `WorkCancelled`; an error when the set is empty or does not fit the model.
public func evaluate(
    _ model: any Model, _ parameters: Parameters, state: ModelState? = nil, on set: LabeledSet, batchSize: Int = 500,
    progress: ProgressContext = .silent
) throws -> Evaluation {
    try checkFits(set, model, op: "evaluate")
    guard batchSize >= 1 else { throw NeuralNetError("evaluate: the batch size must be at least 1, got \(batchSize)") }
    let classes = model.classCount
    var confusion = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes)
    var lossSum = 0.0
    try noGrad {
        var modelState = try state ?? model.initialState()
        let constants = parameters.detached()
        for batch in try set.batches(size: batchSize) {
            try progress.checkCancellation()
            let logits = try model(batch.images.detach(), constants, state: &modelState, mode: .inference)
            lossSum += Double(try Tensor.crossEntropy(logits: logits, labels: batch.labels).item()) * Double(batch.labels.count)
            for (label, predicted) in zip(batch.labels, try predictions(logits)) { confusion[label][predicted] += 1 }
        }
    }
    let correct = (0..<classes).reduce(0) { $0 + confusion[$1][$1] }
    let perClass = (0..<classes).map { c -> Double in
        let total = confusion[c].reduce(0, +)
        return total == 0 ? .nan : Double(confusion[c][c]) / Double(total)
    }
    return Evaluation(
        accuracy: Double(correct) / Double(set.count), loss: lossSum / Double(set.count), perClassAccuracy: perClass,
        confusion: confusion, count: set.count)
}
