import Datasets
import Foundation
import TensorCore

/// Trains `model` on `set` by mini-batch gradient descent on the cross-entropy of its labels.
///
/// Every epoch draws a fresh batch order from `generator`; each batch is augmented (when
/// `augmentation` is given) with the same generator, passed through the model in training
/// mode, and the optimiser takes one step. With a step schedule the optimiser is rebuilt at
/// each decay (momentum forgotten), as the reference evaluation does. The same seed gives
/// bit-identical parameters on the same machine and thread count.
///
/// - Parameters:
///   - set: the training samples `[N] + model.inputShape` and their labels. Its images are
///     detached first (a synthetic set being distilled trains as constants).
///   - settings: epochs, batch size, learning rate, schedule, optimiser.
///   - augmentation: applied to every batch before the forward pass; nil for none.
///   - parameters: where to start; fresh `model.initialParameters(using: &generator)` when nil.
///   - state: the batch-norm state to start from; `model.initialState()` when nil.
///   - progress: one report per epoch (step = epochs done, metrics loss and accuracy);
///     cancellation is checked before every batch.
/// - Returns: the parameters, the state and the per-epoch history.
/// - Throws: `WorkCancelled` when cancelled; an error when the set is empty, its samples do
///   not fit the model, a label is outside the model's classes, or the settings are invalid.
public func train(
    _ model: any Model, on set: LabeledSet, settings: TrainingSettings, augmentation: BatchAugmentation? = nil,
    from parameters: Parameters? = nil, state: ModelState? = nil, using generator: inout SeededGenerator,
    progress: ProgressContext = .silent
) throws -> TrainingResult {
    try settings.validate()
    try checkFits(set, model, op: "train")
    let data = try set.replacingImages(set.images.detach())
    var current = try parameters?.detached() ?? model.initialParameters(using: &generator)
    var currentState = try state ?? model.initialState()
    var optimizer = settings.optimizer.make(learningRate: settings.learningRate)
    var history: [EpochRecord] = []

    for epoch in 0..<settings.epochs {
        let start = Date()
        if settings.schedule.rebuildsOptimizer(before: epoch) {
            optimizer = settings.optimizer.make(learningRate: settings.learningRate)
        }
        optimizer.learningRate = settings.schedule.rate(base: settings.learningRate, epoch: epoch, epochs: settings.epochs)
        var (lossSum, correct, seen) = (0.0, 0, 0)
        for batch in try data.batches(size: settings.batchSize, using: &generator) {
            try progress.checkCancellation()
            var images = batch.images
            if let augmentation { images = try augmentation(images, &generator).detach() }
            let leaves = current.requiringGrad()
            let logits = try model(images, leaves, state: &currentState, mode: .training)
            let loss = try Tensor.crossEntropy(logits: logits, labels: batch.labels)
            let gradients = try grad(of: loss, wrt: leaves.tensors)
            try optimizer.step(&current, gradients: gradients)
            lossSum += Double(try loss.item()) * Double(batch.labels.count)
            correct += try predictions(logits).enumerated().filter { $0.element == batch.labels[$0.offset] }.count
            seen += batch.labels.count
        }
        let record = EpochRecord(
            loss: lossSum / Double(seen), accuracy: Double(correct) / Double(seen), learningRate: optimizer.learningRate,
            seconds: Date().timeIntervalSince(start))
        history.append(record)
        progress.report(
            step: epoch + 1, total: settings.epochs, message: "epoch \(epoch + 1)/\(settings.epochs)",
            metrics: [.init("loss", record.loss), .init("acc", record.accuracy)])
    }
    return TrainingResult(parameters: current, state: currentState, history: history)
}

/// The predicted class of each row of `logits` `[N, C]` (the first largest value).
/// - Throws: when `logits` is not rank 2.
public func predictions(_ logits: Tensor) throws -> [Int] {
    guard logits.rank == 2, logits.shape[1] >= 1 else {
        throw NeuralNetError("predictions: logits must be [N, C] with C ≥ 1, got \(logits.shape)")
    }
    let (n, c) = (logits.shape[0], logits.shape[1])
    return logits.withUnsafeBufferPointer { v in
        (0..<n).map { i in
            var best = 0
            for k in 1..<c where v[i * c + k] > v[i * c + best] { best = k }
            return best
        }
    }
}

/// Throws unless `set` is non-empty, its samples have the model's input shape and its classes
/// fit the model's outputs.
func checkFits(_ set: LabeledSet, _ model: any Model, op: String) throws {
    guard set.count > 0 else { throw NeuralNetError("\(op): the set is empty; give at least one sample") }
    guard set.sampleShape == model.inputShape else {
        throw NeuralNetError("\(op): the samples have shape \(set.sampleShape) but \(model.name) takes \(model.inputShape)")
    }
    guard set.classCount <= model.classCount else {
        throw NeuralNetError(
            "\(op): the set has \(set.classCount) classes but \(model.name) has \(model.classCount) outputs; "
                + "build the model with classCount: \(set.classCount)")
    }
}
