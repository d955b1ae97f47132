import CellLanguage
import Datasets
import TensorCore

/// A labelled set (`LabeledSet`) as a cell value, named `Dataset` in the language: real data,
/// a subset, a selection or a distilled set alike.
final class DatasetObject: NativeObject {
    /// The set.
    let set: LabeledSet

    init(_ set: LabeledSet) {
        self.set = set
    }

    var typeName: String { "Dataset" }

    /// `Dataset: 60000 × [1, 28, 28], 10 classes (T-shirt/top, Trouser, Pullover, …)`.
    var summary: String {
        let names = set.classNames.prefix(3).joined(separator: ", ") + (set.classCount > 3 ? ", …" : "")
        return "Dataset: \(set.count) × \(set.sampleShape), \(set.classCount) classes (\(names))"
    }
}

extension Value {
    /// A labelled set as a cell value.
    static func dataset(_ set: LabeledSet) -> Value {
        .native(DatasetObject(set))
    }
}

extension Arguments {
    /// Parameter `i` as a labelled set.
    func dataset(_ i: Int) throws -> LabeledSet {
        try native(i, as: DatasetObject.self).set
    }

    /// The receiver of a `Dataset` method.
    var receiverDataset: LabeledSet {
        get throws { try receiver(as: DatasetObject.self).set }
    }
}

extension Prelude {
    /// The set inside a property's receiver.
    static func dataset(_ value: Value) throws -> LabeledSet {
        guard let object = value.asNative(DatasetObject.self) else { throw CellError("expected a Dataset, not \(value.typeName)") }
        return object.set
    }

    /// A tensor's samples or a dataset's images: functions that take "samples" take either.
    static func samples(_ value: Value, _ what: String) throws -> Tensor {
        if let object = value.asNative(DatasetObject.self) { return object.set.images }
        if let object = value.asNative(TensorObject.self) { return object.tensor }
        throw CellError("\(what) must be a Tensor or a Dataset, not \(value.typeName)")
    }
}
