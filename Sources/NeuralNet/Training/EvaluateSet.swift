import Datasets
import Foundation
import TensorCore

/// The protocol by which a (distilled, selected or random) training set is judged
/// (METHODS §13): train `modelCount` freshly initialised networks on it and test each on the
/// real test set.
public struct EvaluationProtocol {
    /// A short name for reports ("DC", "DSA").
    public var name: String
    /// How each network is trained.
    public var training: TrainingSettings
    /// How many networks are trained (the reference reports mean ± std over them).
    public var modelCount: Int
    /// Applied to every training batch; nil for none.
    public var augmentation: BatchAugmentation?

    /// A protocol with the given parts.
    public init(name: String, training: TrainingSettings, modelCount: Int, augmentation: BatchAugmentation? = nil) {
        self.name = name
        self.training = training
        self.modelCount = modelCount
        self.augmentation = augmentation
    }

    /// DC's evaluation (`evaluate_synset`): `epochs` = 300 nominal epochs, run as 301 (the
    /// reference loops `range(Epoch + 1)`), SGD lr 0.01, momentum 0.9, weight decay 5e-4,
    /// ×0.1 after epoch 151 with the optimiser rebuilt, batch 256, no augmentation.
    public static func dc(modelCount: Int = 5, epochs: Int = 300) -> EvaluationProtocol {
        EvaluationProtocol(name: "DC", training: referenceTraining(epochs: epochs), modelCount: modelCount)
    }

    /// DSA's (and DM's) evaluation: as `dc` but 1000 nominal epochs and per-sample DSA
    /// augmentation of every batch (pass the DSA transform with independent parameters per
    /// sample, strategy `color_crop_cutout_flip_scale_rotate` for Fashion-MNIST).
    public static func dsa(augmentation: @escaping BatchAugmentation, modelCount: Int = 5, epochs: Int = 1000) -> EvaluationProtocol {
        EvaluationProtocol(name: "DSA", training: referenceTraining(epochs: epochs), modelCount: modelCount, augmentation: augmentation)
    }

    /// The reference schedule for a nominal `epochs`: `epochs + 1` epochs with the ×0.1 decay.
    public static func referenceTraining(epochs: Int) -> TrainingSettings {
        TrainingSettings(epochs: epochs + 1, schedule: .referenceDecay(epochs: epochs))
    }
}

/// The test accuracies of the networks a protocol trained on one set.
public struct SetEvaluation: Sendable {
    /// The test accuracy of each network, in [0, 1], in training order.
    public let accuracies: [Double]
    /// The training time of each network, in seconds.
    public let seconds: [Double]

    /// The mean test accuracy.
    public var mean: Double { accuracies.reduce(0, +) / Double(max(accuracies.count, 1)) }

    /// The standard deviation of the test accuracies (population, as NumPy's `np.std` in the
    /// reference reports).
    public var standardDeviation: Double {
        let m = mean
        return (accuracies.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(max(accuracies.count, 1))).squareRoot()
    }
}

/// Trains one freshly initialised `model` on `set` as `evaluation` says and tests it on `test`:
/// one run of the evaluation protocol. Parameters, batch order and augmentation all come from
/// `generator`.
/// - Returns: the test evaluation and the training wall time in seconds.
/// - Throws: `WorkCancelled`; an error when a set does not fit the model.
public func trainAndTest(
    _ model: any Model, on set: LabeledSet, test: LabeledSet, evaluation: EvaluationProtocol,
    using generator: inout SeededGenerator, progress: ProgressContext = .silent
) throws -> (evaluation: Evaluation, seconds: Double) {
    let start = Date()
    let trained = try train(
        model, on: set, settings: evaluation.training, augmentation: evaluation.augmentation, using: &generator,
        progress: progress)
    let seconds = Date().timeIntervalSince(start)
    return (try evaluate(model, trained.parameters, state: trained.state, on: test, progress: progress), seconds)
}

/// Judges a training set by the evaluation protocol: trains `evaluation.modelCount` fresh
/// networks on `set` and reports each one's accuracy on `test` (mean ± std as the reference).
/// Each network gets its own generator seeded from `generator`, so network k is the same
/// whatever the count.
///
/// - Parameters:
///   - progress: one report per epoch across all networks (step = epochs done in all);
///     cancellation checked before every batch.
/// - Throws: `WorkCancelled`; an error when `modelCount` < 1 or a set does not fit the model.
public func evaluateSet(
    _ set: LabeledSet, model: any Model, test: LabeledSet, evaluation: EvaluationProtocol,
    using generator: inout SeededGenerator, progress: ProgressContext = .silent
) throws -> SetEvaluation {
    guard evaluation.modelCount >= 1 else {
        throw NeuralNetError("evaluateSet: the protocol must train at least one network, got \(evaluation.modelCount)")
    }
    let epochs = evaluation.training.epochs
    var accuracies: [Double] = []
    var seconds: [Double] = []
    let seeds = (0..<evaluation.modelCount).map { _ in generator.next() }
    for (k, seed) in seeds.enumerated() {
        let perModel = ProgressContext(
            report: { event in
                progress.report(
                    step: k * epochs + event.step, total: evaluation.modelCount * epochs,
                    message: "model \(k + 1)/\(evaluation.modelCount), \(event.message)", metrics: event.metrics)
            },
            isCancelled: { progress.isCancelled })
        var modelGenerator = SeededGenerator(seed: seed)
        let run = try trainAndTest(model, on: set, test: test, evaluation: evaluation, using: &modelGenerator, progress: perModel)
        accuracies.append(run.evaluation.accuracy)
        seconds.append(run.seconds)
    }
    return SetEvaluation(accuracies: accuracies, seconds: seconds)
}
