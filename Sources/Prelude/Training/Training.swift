import CellLanguage
import Datasets
import NeuralNet
import TensorCore

extension Prelude {
    /// `train`, `evaluate`, `evaluateSet`, `features`, `losses`, and the `TrainedModel` and
    /// `Evaluation` values they return.
    static func registerTraining(into registry: NativeRegistry) {
        let trained = registry.defineType(
            "TrainedModel", topic: Topic.training,
            doc: """
                A network after `train`: its architecture, parameters, batch-norm state and \
                per-epoch history. `trained(x)` gives logits [N, classCount] in inference mode; \
                `predict(_:)` the predicted classes.
                """)
        registerTrainedModelMembers(trained)
        registerTrain(registry)
        registerAugment(registry)
        registerEvaluation(registry)
        registerFeatures(registry)
    }

    /// `train(_:on:epochs:…)`.
    static func registerTrain(_ registry: NativeRegistry) {
        registry.define(
            "train",
            parameters: [
                Signature.positional("model", .model), Signature.labeled("on", .dataset), Signature.labeled("epochs", .int),
                Signature.labeled("batchSize", .int, default: .int(256), text: "256"),
                Signature.labeled("learningRate", .double, default: .double(0.01), text: "0.01"),
                Signature.labeled("optimizer", .symbol, default: .symbol("sgd"), text: ".sgd"),
                Signature.labeled("momentum", .double, default: .double(0.9), text: "0.9"),
                Signature.labeled("weightDecay", .double, default: .double(5e-4), text: "5e-4"),
                Signature.labeled("schedule", .symbol, default: .symbol("constant"), text: ".constant"),
                Signature.labeled("augmentation", .any, default: Value.none, text: "nil"),
            ],
            returns: .trainedModel, topic: Topic.training,
            doc: """
                Trains a fresh network (parameters from the run's generator) on a set by \
                mini-batch descent on the cross-entropy, with a progress bar per epoch (loss, \
                accuracy) and Ctrl-C between batches. Optimiser .sgd (with momentum and weight \
                decay, the reference default) or .adam; schedule .constant, .step (×0.1 halfway, \
                the reference's) or .cosine; augmentation nil, .dsa (DSA's Fashion-MNIST \
                strategy) or .cropFlip. Batch order and augmentation come from the run's generator.
                """
        ) { args, context in
            let model = try args.unboxed(0, .model)
            let settings = try trainingSettings(args, epochs: try args.int(2))
            var generator = context.seededGenerator()
            let augmentation = try TrainingOptions.augmentation(args[9])
            let result = try Work.run(context) {
                try NeuralNet.train(
                    model, on: try args.dataset(1), settings: settings, augmentation: augmentation, using: &generator,
                    progress: context.work("training"))
            }
            return .boxed(TrainedModel(model: model, result: result), .trainedModel)
        }
    }

    /// `augment(_:with:)`: what `train(…, augmentation:)` does to a batch, to look at.
    static func registerAugment(_ registry: NativeRegistry) {
        registry.define(
            "augment",
            parameters: [
                Signature.positional("set", .dataset),
                Signature.labeled("with", .symbol, default: .symbol("dsa"), text: ".dsa"),
            ],
            returns: .dataset, topic: Topic.training,
            doc: """
                The set with every image transformed as `train(…, augmentation:)` transforms a \
                batch: .dsa draws one DSA transform per image (DSA's Fashion-MNIST strategy: \
                colour, crop, cutout, flip, scale, rotate), .cropFlip a random crop with 4 \
                pixels of padding and a horizontal flip. Labels stay; draws come from the run's \
                generator. `imageGrid(augment(set))` shows what the network is trained on.
                """
        ) { args, context in
            guard let augmentation = try TrainingOptions.augmentation(args[1]) else {
                throw CellError("augment needs an augmentation: .dsa or .cropFlip")
            }
            let set = try args.dataset(0)
            var generator = context.seededGenerator()
            return .dataset(try set.replacingImages(try noGrad { try augmentation(set.images, &generator) }))
        }
    }

    /// The training settings from `train`'s arguments 3…8.
    private static func trainingSettings(_ args: Arguments, epochs: Int) throws -> TrainingSettings {
        let (momentum, decay) = (Float(try args.double(6)), Float(try args.double(7)))
        let optimizer = try SymbolChoice.pick(args[5], "optimizer", [
            ("sgd", OptimizerKind.sgd(momentum: momentum, weightDecay: decay)), ("adam", .adam(weightDecay: decay)),
        ])
        let schedule = try SymbolChoice.pick(args[8], "schedule", [
            ("constant", LearningRateSchedule.constant), ("step", .referenceDecay(epochs: epochs)), ("cosine", .cosine(minimum: 0)),
        ])
        return TrainingSettings(
            epochs: epochs, batchSize: try args.int(3), learningRate: Float(try args.double(4)), schedule: schedule,
            optimizer: optimizer)
    }

    /// What a trained model is and does.
    static func registerTrainedModelMembers(_ type: NativeTypeDefinition) {
        func trained(_ value: Value) throws -> TrainedModel {
            try value.unboxed(.trainedModel)
        }
        type.property("model", type: .model, doc: "The architecture.") { .boxed(try trained($0).model, .model) }
        type.property("parameters", type: .parameters, doc: "The trained parameters (constants).") {
            .boxed(try trained($0).result.parameters, .parameters)
        }
        type.property("losses", type: .doubles, doc: "The mean training loss of each epoch.") {
            Convert.value(try trained($0).result.history.map(\.loss))
        }
        type.property("accuracies", type: .doubles, doc: "The training accuracy of each epoch (on the batches as trained).") {
            Convert.value(try trained($0).result.history.map(\.accuracy))
        }
        type.property("seconds", type: .doubles, doc: "The wall-clock time of each epoch, in seconds.") {
            Convert.value(try trained($0).result.history.map(\.seconds))
        }
        type.method(
            "callAsFunction", parameters: [Signature.positional("samples", .any)], returns: .tensor,
            doc: "The logits [N, classCount] of samples (a tensor [N, C, H, W] or a Dataset), in inference mode, 500 at a time."
        ) { args, context in
            let object = try args.receiver(.trainedModel)
            return .tensor(try Inference.logits(object, try samples(args[0], "samples"), context))
        }
        type.method(
            "predict", parameters: [Signature.positional("samples", .any)], returns: .ints,
            doc: "The predicted class of each sample (the largest logit)."
        ) { args, context in
            let object = try args.receiver(.trainedModel)
            return Convert.value(try predictions(try Inference.logits(object, try samples(args[0], "samples"), context)))
        }
    }
}

/// Architecture-independent training options as symbols.
enum TrainingOptions {
    /// nil, `.dsa` (DSA with Fashion-MNIST's reference strategy) or `.cropFlip`.
    static func augmentation(_ value: Value) throws -> BatchAugmentation? {
        guard value.unwrapped != nil else { return nil }
        let dsa = DSA(), cropFlip = CropFlipAugmentation()
        return try SymbolChoice.pick(value, "augmentation", [
            ("dsa", { images, generator in try dsa(images, using: &generator) } as BatchAugmentation),
            ("cropFlip", { images, generator in try cropFlip(images, using: &generator) }),
        ])
    }
}
