import CellLanguage
import Datasets
import TensorCore

extension Prelude {
    /// Smaller sets from a set: balanced random subsets, prefixes, selections, per-class
    /// samples, shuffles, and the subscript.
    static func registerDatasetSelection(_ type: NativeTypeDefinition) {
        type.method(
            "subset", parameters: [Signature.labeled("perClass", .int)], returns: .dataset,
            doc: """
                A balanced random subset: `perClass` samples of every class drawn without \
                replacement from the run's generator, grouped by class — "k random real images \
                per class", the baseline of dataset distillation.
                """
        ) { args, context in
            var generator = context.seededGenerator()
            return .dataset(try args.receiverDataset.subset(perClass: try args.int(0), using: &generator))
        }
        type.method(
            "prefix", parameters: [Signature.positional("count", .int)], returns: .dataset,
            doc: "The first `count` samples (all of them when the set is smaller), as Swift's `prefix(_:)`."
        ) { args, _ in
            let set = try args.receiverDataset
            let n = try args.int(0)
            guard n >= 0 else { throw CellError("prefix(_:) needs a count ≥ 0, got \(n)") }
            return .dataset(try set.selecting(Array(0..<min(n, set.count))))
        }
        type.method(
            "selecting", parameters: [Signature.positional("indices", .any)], returns: .dataset,
            doc: "The samples at `indices` (an [Int] or a tensor of indices), in that order; repeats are allowed."
        ) { args, _ in
            .dataset(try args.receiverDataset.selecting(try Convert.ints(args[0], "indices")))
        }
        type.method(
            "shuffled", returns: .dataset, doc: "The samples in a random order from the run's generator."
        ) { args, context in
            let set = try args.receiverDataset
            var generator = context.seededGenerator()
            return .dataset(try set.selecting(generator.permutation(set.count)))
        }
        type.method(
            "indices", parameters: [Signature.labeled("ofClass", .int)], returns: .ints,
            doc: "The indices of the samples of one class, in increasing order."
        ) { args, _ in
            Convert.value(try args.receiverDataset.indices(ofClass: try args.int(0)))
        }
        type.method(
            "images", parameters: [Signature.labeled("ofClass", .int)], returns: .tensor,
            doc: "The samples of one class, [n, C, H, W], in increasing index order."
        ) { args, _ in
            .tensor(try args.receiverDataset.images(ofClass: try args.int(0)))
        }
        type.method(
            "appending", parameters: [Signature.positional("other", .dataset)], returns: .dataset,
            doc: "This set followed by another of the same kind (sample shape, classes, normalisation)."
        ) { args, _ in
            .dataset(try args.receiverDataset.appending(try args.dataset(0)))
        }
        type.subscripting(
            doc: "set[i] is the pair (image: Tensor, label: Int) of sample i; set[a..<b] is the set of those samples.",
            get: { receiver, indices, _ in
                let set = try dataset(receiver)
                guard indices.count == 1 else { throw CellError("a Dataset takes one index, not \(indices.count)") }
                switch indices[0] {
                case .int(let i):
                    guard i >= 0, i < set.count else { throw CellError("index \(i) is out of range for a set of \(set.count) samples") }
                    let image = try set.images.narrow(axis: 0, start: i, length: 1).squeeze(axis: 0)
                    return .tuple(TupleValue([.tensor(image), .int(set.labels[i])], labels: ["image", "label"]))
                case .range(let range):
                    guard let bounds = range.intRange, bounds.lowerBound >= 0, bounds.upperBound <= set.count else {
                        throw CellError("a Dataset is sliced by an integer range within 0..<\(set.count)")
                    }
                    return .dataset(try set.selecting(Array(bounds)))
                default:
                    throw CellError("a Dataset index must be an Int or a range of Ints, not \(indices[0].typeName)")
                }
            })
    }

    /// Sets to and from directories of NumPy files.
    static func registerDatasetFiles(_ registry: NativeRegistry, _ type: NativeTypeDefinition) {
        type.method(
            "save", parameters: [Signature.labeled("to", .string)],
            doc: "Writes the set to a directory as images.npy (float32), labels.npy (int64) and meta.json, which NumPy and PyTorch read."
        ) { args, _ in
            try args.receiverDataset.save(to: try args.string(0))
            return .void
        }
        registry.define(
            "Dataset", parameters: [Signature.labeled("contentsOf", .string)], returns: .dataset, topic: Topic.data,
            doc: "The set saved in a directory by `save(to:)` (images.npy, labels.npy and meta.json)."
        ) { args, _ in
            .dataset(try LabeledSet(contentsOf: try args.string(0)))
        }
    }
}
