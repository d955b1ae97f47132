import CellLanguage
import Datasets
import Foundation
import NeuralNet
import TensorCore

extension BoxKind where Wrapped == Evaluation {
    /// How a trained network did on a set. Shows as
    /// `Evaluation on 10,000 samples: accuracy 84.3%, loss 0.441`.
    static var evaluation: BoxKind {
        BoxKind(typeName: "Evaluation") { evaluation in
            "Evaluation on \(Grouping.thousands(evaluation.count)) samples: accuracy \(Grouping.percent(evaluation.accuracy)), "
                + "loss " + TensorText.short(Float(evaluation.loss))
        }
    }
}

extension BoxKind where Wrapped == SetEvaluation {
    /// The evaluation protocol's verdict on a training set. Shows as
    /// `SetEvaluation of 5 networks: test accuracy 71.2% ± 0.8%`.
    static var setEvaluation: BoxKind {
        BoxKind(typeName: "SetEvaluation") { evaluation in
            "SetEvaluation of \(evaluation.accuracies.count) networks: test accuracy \(Grouping.percent(evaluation.mean)) ± "
                + Grouping.percent(evaluation.standardDeviation)
        }
    }
}

extension Prelude {
    /// `evaluate(_:on:)` and `evaluateSet(_:model:test:…)`, and what they return.
    static func registerEvaluation(_ registry: NativeRegistry) {
        let evaluation = registry.defineType(
            "Evaluation", topic: Topic.training,
            doc: "How a trained network did on a set: accuracy, mean loss, per-class accuracy and the confusion matrix.")
        func result(_ value: Value) throws -> Evaluation {
            try value.unboxed(.evaluation)
        }
        evaluation.property("accuracy", type: .double, doc: "The fraction classified correctly, in [0, 1].") { .double(try result($0).accuracy) }
        evaluation.property("loss", type: .double, doc: "The mean cross-entropy.") { .double(try result($0).loss) }
        evaluation.property("perClassAccuracy", type: .doubles, doc: "The accuracy on each class's samples.") {
            Convert.value(try result($0).perClassAccuracy)
        }
        evaluation.property("confusion", type: .array(.ints), doc: "confusion[true][predicted]: how many samples of each class went to each class.") {
            .array(try result($0).confusion.map { Convert.value($0) })
        }
        evaluation.property("count", type: .int, doc: "The number of samples evaluated.") { .int(try result($0).count) }
        registry.define(
            "evaluate", parameters: [Signature.positional("trained", .trainedModel), Signature.labeled("on", .dataset)],
            returns: .named("Evaluation"), topic: Topic.training,
            doc: "A trained network's accuracy, loss, per-class accuracy and confusion matrix on a set (inference mode, Ctrl-C between batches)."
        ) { args, context in
            let trained = try args.unboxed(0, .trainedModel)
            let value = try Work.run(context) {
                try NeuralNet.evaluate(
                    trained.model, trained.result.parameters, state: trained.result.state, on: try args.dataset(1),
                    progress: context.work("evaluating"))
            }
            return .boxed(value, .evaluation)
        }
        registerSetEvaluation(registry)
    }

    /// `evaluateSet` and `SetEvaluation`.
    private static func registerSetEvaluation(_ registry: NativeRegistry) {
        let type = registry.defineType(
            "SetEvaluation", topic: Topic.training,
            doc: "The test accuracies of the networks the evaluation protocol trained on one set, with their mean and standard deviation.")
        func result(_ value: Value) throws -> SetEvaluation {
            try value.unboxed(.setEvaluation)
        }
        type.property("accuracies", type: .doubles, doc: "The test accuracy of each network, in training order.") {
            Convert.value(try result($0).accuracies)
        }
        type.property("mean", type: .double, doc: "The mean test accuracy.") { .double(try result($0).mean) }
        type.property("std", type: .double, doc: "The standard deviation of the test accuracies (NumPy's np.std, as the papers report).") {
            .double(try result($0).standardDeviation)
        }
        type.property("seconds", type: .doubles, doc: "The training time of each network, in seconds.") { Convert.value(try result($0).seconds) }
        registry.define(
            "evaluateSet",
            parameters: [
                Signature.positional("set", .dataset), Signature.labeled("model", .model), Signature.labeled("test", .dataset),
                Signature.labeled("epochs", .int, default: .int(300), text: "300"),
                Signature.labeled("models", .int, default: .int(5), text: "5"),
                Signature.labeled("augmentation", .any, default: Value.none, text: "nil"),
            ],
            returns: .named("SetEvaluation"), topic: Topic.training,
            doc: """
                The evaluation protocol of dataset distillation (METHODS.md §13): trains `models` \
                fresh networks on a (distilled, selected or random) set for `epochs` nominal \
                epochs — SGD, learning rate 0.01 ×0.1 halfway, batch 256, `augmentation: .dsa` \
                for DSA's protocol — and tests each on `test`; report mean ± std. One progress \
                bar across all networks.
                """
        ) { args, context in
            let models = try args.int(4)
            let augmentation = try TrainingOptions.augmentation(args[5])
            let evaluationProtocol = EvaluationProtocol(
                name: augmentation == nil ? "DC" : "DSA", training: EvaluationProtocol.referenceTraining(epochs: try args.int(3)),
                modelCount: models, augmentation: augmentation)
            var generator = context.seededGenerator()
            let value = try Work.run(context) {
                try NeuralNet.evaluateSet(
                    try args.dataset(0), model: try args.unboxed(1, .model), test: try args.dataset(2), evaluation: evaluationProtocol,
                    using: &generator, progress: context.work())
            }
            return .boxed(value, .setEvaluation)
        }
    }

    /// `features(_:of:)` and `losses(_:on:)`.
    static func registerFeatures(_ registry: NativeRegistry) {
        registry.define(
            "features", parameters: [Signature.positional("trained", .trainedModel), Signature.labeled("of", .any)],
            returns: .tensor, topic: Topic.training,
            doc: """
                The penultimate-layer embeddings [N, embeddingSize] of samples (a Dataset or a \
                tensor [N, C, H, W]) under a trained network, in inference mode — the space \
                t-SNE maps, coverage and MMD measure.
                """
        ) { args, context in
            .tensor(try Inference.features(try args.unboxed(0, .trainedModel), try samples(args[1], "the samples"), context))
        }
        registry.define(
            "losses", parameters: [Signature.positional("trained", .trainedModel), Signature.labeled("on", .dataset)],
            returns: .tensor, topic: Topic.training,
            doc: "The cross-entropy of every sample of a set under a trained network, [N]: small for easy samples, large for hard ones."
        ) { args, context in
            let set = try args.dataset(1)
            let logits = try Inference.logits(try args.unboxed(0, .trainedModel), set.images, context)
            return .tensor(try perSampleCrossEntropy(logits, set.labels))
        }
    }

    /// −log softmax(logits)[label] for each row, computed stably in Double.
    static func perSampleCrossEntropy(_ logits: Tensor, _ labels: [Int]) throws -> Tensor {
        guard logits.rank == 2, logits.shape[0] == labels.count else {
            throw CellError("losses: logits of shape \(logits.shape) do not match \(labels.count) labels")
        }
        let classes = logits.shape[1]
        if let bad = labels.first(where: { !(0..<classes).contains($0) }) {
            throw CellError("losses: label \(bad) is not one of the network's \(classes) classes")
        }
        let values = logits.scalars
        return Tensor(labels.enumerated().map { i, label in
            let row = values[(i * classes)..<((i + 1) * classes)]
            let top = Double(row.max() ?? 0)
            let logSum = log(row.reduce(0.0) { $0 + exp(Double($1) - top) }) + top
            return Float(logSum - Double(row[row.startIndex + label]))
        })
    }
}
