import CellLanguage
import Datasets
import TensorCore

extension Prelude {
    /// `Dataset`, `FashionMNIST(split:)` and synthetic data.
    static func registerData(into registry: NativeRegistry) {
        let type = registry.defineType(
            "Dataset", topic: Topic.data,
            doc: """
                A labelled set of samples — real data, a subset, a selection or a distilled set: \
                `images` [N, C, H, W] (or [N, D]), one label per sample in 0..<classCount, the \
                class names, and the normalisation the values live in. Sets are values: \
                `subset(perClass:)`, `prefix(_:)`, `selecting(_:)` and `set[a..<b]` make new ones.
                """)
        registerDataSources(registry)
        registerDatasetProperties(type)
        registerDatasetSelection(type)
        registerDatasetFiles(registry, type)
    }

    /// Where sets come from: Fashion-MNIST, tensors, Gaussian mixtures.
    static func registerDataSources(_ registry: NativeRegistry) {
        registry.define(
            "FashionMNIST",
            parameters: [
                Signature.labeled("split", .symbol, default: .symbol("train"), text: ".train"),
                Signature.labeled("normalized", .bool, default: .bool(true), text: "true"),
            ],
            returns: .dataset, topic: Topic.data,
            doc: """
                Fashion-MNIST (Xiao et al. 2017): 28×28 grey images of clothing in 10 classes, \
                `.train` (60,000) or `.test` (10,000), as [N, 1, 28, 28] floats normalised with \
                mean 0.2861 and std 0.3530 (pixels in [0, 1] with `normalized: false`). Read from \
                /usr/share/datasets/fashion-mnist or $RETORT_DATA in about half a second.
                """
        ) { args, _ in
            let name = try args.symbol(0)
            guard let split = FashionMNIST.Split(rawValue: name) else {
                throw CellError("FashionMNIST(split:): unknown split .\(name); use .train or .test")
            }
            return .dataset(try FashionMNIST(split: split).labeledSet(normalized: try args.bool(1)))
        }
        registry.define(
            "Dataset",
            parameters: [Signature.labeled("images", .tensor), Signature.labeled("labels", .any), Signature.optional("classNames", .strings)],
            returns: .dataset, topic: Topic.data,
            doc: "A set of `images` [N, …] labelled by N class indices (an [Int] or a tensor); class names default to \"0\", \"1\", …."
        ) { args, _ in
            let names = try args.optional(2).map { _ in try args.array(2).map { $0.asString ?? "" } }
            return .dataset(try LabeledSet(images: try args.tensor(0), labels: try Convert.ints(args[1], "labels"), classNames: names))
        }
        registry.define(
            "gaussianMixture",
            parameters: [
                Signature.labeled("classes", .int), Signature.labeled("shape", .ints),
                Signature.labeled("train", .int), Signature.labeled("test", .int, default: .int(0), text: "0"),
                Signature.labeled("separation", .double, default: .double(3), text: "3"),
                Signature.labeled("noise", .double, default: .double(1), text: "1"),
            ],
            returns: .any, topic: Topic.data,
            doc: """
                Synthetic data for quick experiments: `classes` isotropic Gaussian classes whose \
                samples have `shape` ([2] for points in the plane, [1, 8, 8] for tiny images), \
                centres `separation` apart on average, each value with standard deviation \
                `noise`. Returns `(train: Dataset, test: Dataset)` with `train` and `test` \
                samples per class from the same mixture, drawn from the run's generator.
                """
        ) { args, context in
            var generator = context.seededGenerator()
            let mixture = try GaussianMixture(
                classCount: try args.int(0), sampleShape: try args.ints(1), separation: Float(try args.double(4)),
                noise: Float(try args.double(5)), using: &generator)
            let train = try mixture.sample(perClass: try args.int(2), using: &generator)
            let test = try mixture.sample(perClass: try args.int(3), using: &generator)
            return .tuple(TupleValue([.dataset(train), .dataset(test)], labels: ["train", "test"]))
        }
    }

    /// What a set is: its samples, labels, classes.
    static func registerDatasetProperties(_ type: NativeTypeDefinition) {
        type.property("count", type: .int, doc: "The number of samples N.") { .int(try dataset($0).count) }
        type.property("images", type: .tensor, doc: "The samples, [N, C, H, W] (or [N, D]), in the set's normalisation.") {
            .tensor(try dataset($0).images)
        }
        type.property("labels", type: .ints, doc: "The class of each sample, in 0..<classCount.") {
            Convert.value(try dataset($0).labels)
        }
        type.property("classCount", type: .int, doc: "The number of classes.") { .int(try dataset($0).classCount) }
        type.property("classNames", type: .strings, doc: "The name of each class, by label.") {
            Convert.value(try dataset($0).classNames)
        }
        type.property("sampleShape", type: .ints, doc: "The shape of one sample: [C, H, W] for images.") {
            Convert.value(try dataset($0).sampleShape)
        }
        type.property("classCounts", type: .ints, doc: "The number of samples of each class.") {
            Convert.value(try dataset($0).classCounts)
        }
        type.property(
            "pixels", type: .tensor,
            doc: "The images with the normalisation undone (pixel values, [0, 1] for Fashion-MNIST): what to plot."
        ) { value in
            let set = try dataset(value)
            return .tensor(try set.normalization.denormalize(set.images))
        }
    }
}
