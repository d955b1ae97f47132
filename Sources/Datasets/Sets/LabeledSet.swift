import TensorCore

/// A labelled set of samples: the one type for real data (Fashion-MNIST), distilled or selected
/// sets, and synthetic data alike.
///
/// `images` is `[N, C, H, W]` for images (`[N, D]` for vectors; any `[N, ...]` is accepted);
/// `labels[i]` in `0..<classCount` is the class of sample `i`. The set also records the names of
/// its classes and the normalisation its values live in (`denormalize` them to plot).
/// Sets are values: selection, subsets, concatenation and batches copy the samples they keep
/// (O(kept values)) through TensorCore's `indexSelect` and `concat`, so gradients flow through
/// them when `images` takes part in differentiation (synthetic images being distilled).
public struct LabeledSet {
    /// The samples, `[N, ...]`; usually `[N, C, H, W]`.
    public let images: Tensor
    /// The class of each sample, in `0..<classCount`; `labels.count == N`.
    public let labels: [Int]
    /// The number of classes (classes may have no samples).
    public let classCount: Int
    /// A name for each class, `classNames.count == classCount`.
    public let classNames: [String]
    /// The normalisation the values of `images` live in.
    public let normalization: Normalization

    /// A set of `images` (`[N, ...]`) labelled by `labels`.
    ///
    /// - Parameters:
    ///   - classCount: defaults to `classNames.count` when names are given, else to the largest
    ///     label plus one.
    ///   - classNames: default to `"0"`, `"1"`, …
    ///   - normalization: the space the values live in; `.identity` by default.
    /// - Throws: when the counts of samples and labels differ, a label is outside
    ///   `0..<classCount`, the names do not number `classCount`, or `images` is a scalar.
    public init(
        images: Tensor, labels: [Int], classCount: Int? = nil, classNames: [String]? = nil,
        normalization: Normalization = .identity
    ) throws {
        guard images.rank >= 1 else {
            throw DatasetError("LabeledSet: images must have a sample axis first ([N, ...]); got a scalar")
        }
        guard images.shape[0] == labels.count else {
            throw DatasetError(
                "LabeledSet: images of shape \(images.shape) hold \(images.shape[0]) samples but there are "
                    + "\(labels.count) labels; give one label per sample")
        }
        let count = classCount ?? classNames?.count ?? ((labels.max() ?? -1) + 1)
        guard count >= 1 else {
            throw DatasetError("LabeledSet: a set needs at least one class; give classCount for an empty set")
        }
        if let bad = labels.firstIndex(where: { !(0..<count).contains($0) }) {
            throw DatasetError(
                "LabeledSet: label \(labels[bad]) of sample \(bad) is outside 0..<\(count) "
                    + "(labels are class indices from 0 to classCount − 1)")
        }
        let names = classNames ?? (0..<count).map(String.init)
        guard names.count == count else {
            throw DatasetError("LabeledSet: \(names.count) class names given for \(count) classes")
        }
        self.init(unchecked: images, labels: labels, classCount: count, classNames: names, normalization: normalization)
    }

    /// A set whose invariants the caller has established (labels in range, counts agreeing).
    init(unchecked images: Tensor, labels: [Int], classCount: Int, classNames: [String], normalization: Normalization) {
        self.images = images
        self.labels = labels
        self.classCount = classCount
        self.classNames = classNames
        self.normalization = normalization
    }

    /// The number of samples N.
    public var count: Int { labels.count }

    /// The shape of one sample: `images.shape` without its first axis (`[C, H, W]` for images).
    public var sampleShape: [Int] { Array(images.shape.dropFirst()) }

    /// The indices of the samples of each class, in increasing order: `indicesByClass[c]`.
    /// Cost: O(N).
    public var indicesByClass: [[Int]] {
        var lists = [[Int]](repeating: [], count: classCount)
        for (index, label) in labels.enumerated() { lists[label].append(index) }
        return lists
    }

    /// The number of samples of each class. Cost: O(N).
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The indices of the samples of class `label`, in increasing order. Cost: O(N).
    /// - Throws: when `label` is outside `0..<classCount`.
    public func indices(ofClass label: Int) throws -> [Int] {
        try checkClass(label, op: "indices(ofClass:)")
        return labels.indices.filter { labels[$0] == label }
    }

    /// The samples of class `label`, `[n_label, ...]`, in increasing index order.
    /// - Throws: when `label` is outside `0..<classCount`.
    public func images(ofClass label: Int) throws -> Tensor {
        try checkClass(label, op: "images(ofClass:)")
        return try images.indexSelect(axis: 0, indices: labels.indices.filter { labels[$0] == label })
    }

    /// The same labels, names and normalisation with new sample values of the same shape, as a
    /// distillation step produces (the tensor is kept as given, autodiff node included).
    /// - Throws: when `newImages` does not have the shape of `images`.
    public func replacingImages(_ newImages: Tensor) throws -> LabeledSet {
        guard newImages.shape == images.shape else {
            throw DatasetError(
                "LabeledSet.replacingImages: new images of shape \(newImages.shape) must have the shape "
                    + "\(images.shape) of the set's images")
        }
        return try LabeledSet(
            images: newImages, labels: labels, classCount: classCount, classNames: classNames,
            normalization: normalization)
    }

    /// Throws unless `label` is a class of this set.
    func checkClass(_ label: Int, op: String) throws {
        guard (0..<classCount).contains(label) else {
            throw DatasetError("LabeledSet.\(op): class \(label) is outside 0..<\(classCount)")
        }
    }
}

extension LabeledSet: CustomStringConvertible {
    /// A one-line summary: `LabeledSet(60000 samples of [1, 28, 28], 10 classes, mean [0.2861] std [0.353])`.
    public var description: String {
        "LabeledSet(\(count) samples of \(sampleShape), \(classCount) classes, "
            + "mean \(normalization.mean) std \(normalization.std))"
    }
}
