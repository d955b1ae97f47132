import CellLanguage
import Datasets
import TensorCore

extension BoxKind where Wrapped == LabeledSet {
    /// A labelled set (`LabeledSet`), named `Dataset` in the language: real data, a subset, a
    /// selection or a distilled set alike. Shows as
    /// `Dataset: 60000 × [1, 28, 28], 10 classes (T-shirt/top, Trouser, Pullover, …)`.
    static var dataset: BoxKind {
        BoxKind(typeName: "Dataset") { set in
            let names = set.classNames.prefix(3).joined(separator: ", ") + (set.classCount > 3 ? ", …" : "")
            return "Dataset: \(set.count) × \(set.sampleShape), \(set.classCount) classes (\(names))"
        }
    }
}

extension Value {
    /// A labelled set as a cell value.
    static func dataset(_ set: LabeledSet) -> Value {
        .boxed(set, .dataset)
    }
}

extension Arguments {
    /// Parameter `i` as a labelled set.
    func dataset(_ i: Int) throws -> LabeledSet {
        try unboxed(i, .dataset)
    }

    /// The receiver of a `Dataset` method.
    var receiverDataset: LabeledSet {
        get throws { try receiver(.dataset) }
    }
}

extension Prelude {
    /// The set inside a property's receiver.
    static func dataset(_ value: Value) throws -> LabeledSet {
        try value.unboxed(.dataset)
    }

    /// A tensor's samples or a dataset's images: functions that take "samples" take either.
    static func samples(_ value: Value, _ what: String) throws -> Tensor {
        if let set = try? value.unboxed(.dataset) { return set.images }
        if let object = value.asNative(TensorObject.self) { return object.tensor }
        throw CellError("\(what) must be a Tensor or a Dataset, not \(value.typeName)")
    }
}
