import TensorCore

extension LabeledSet {
    /// The samples at `indices`, in that order (repeats allowed), with this set's classes and
    /// normalisation. Cost: copies `indices.count` samples.
    /// - Throws: when an index is outside `0..<count`.
    public func selecting(_ indices: [Int]) throws -> LabeledSet {
        if let bad = indices.first(where: { !(0..<count).contains($0) }) {
            throw DatasetError("LabeledSet.selecting: index \(bad) is outside 0..<\(count) (the set has \(count) samples)")
        }
        return try LabeledSet(
            images: images.indexSelect(axis: 0, indices: indices), labels: indices.map { labels[$0] },
            classCount: classCount, classNames: classNames, normalization: normalization)
    }

    /// `perClass` distinct sample indices of every class, drawn uniformly without replacement:
    /// class 0's first, then class 1's, …, each class's in the order drawn (as DC's
    /// `get_images(c, n)` does). The same generator state gives the same indices.
    /// - Throws: when `perClass` is negative or a class has fewer than `perClass` samples.
    public func randomIndices(perClass: Int, using generator: inout some RandomNumberGenerator) throws -> [Int] {
        guard perClass >= 0 else {
            throw DatasetError("LabeledSet.randomIndices: perClass must be at least 0, got \(perClass)")
        }
        let byClass = indicesByClass
        if let short = byClass.indices.first(where: { byClass[$0].count < perClass }) {
            throw DatasetError(
                "LabeledSet: class \(short) (\(classNames[short])) has \(byClass[short].count) samples, "
                    + "fewer than the \(perClass) per class asked for")
        }
        return byClass.flatMap { Sampling.withoutReplacement($0, count: perClass, using: &generator) }
    }

    /// A balanced random subset: `perClass` samples of every class, drawn without replacement,
    /// grouped by class (see `randomIndices(perClass:using:)`). This is "random real images, k
    /// per class", the baseline and the initialisation of most distillation methods.
    /// - Throws: when `perClass` is negative or a class has fewer than `perClass` samples.
    public func subset(perClass: Int, using generator: inout some RandomNumberGenerator) throws -> LabeledSet {
        try selecting(randomIndices(perClass: perClass, using: &generator))
    }

    /// The samples of every set, one set after another.
    /// - Throws: when `sets` is empty or the sets differ in sample shape, classes (count and
    ///   names) or normalisation.
    public static func concatenating(_ sets: [LabeledSet]) throws -> LabeledSet {
        guard let first = sets.first else {
            throw DatasetError("LabeledSet.concatenating: give at least one set")
        }
        for (position, set) in sets.enumerated().dropFirst() {
            if let mismatch = set.kindMismatch(with: first) {
                throw DatasetError(
                    "LabeledSet.concatenating: set \(position) has \(mismatch) as set 0 has; "
                        + "only sets of the same kind can be joined")
            }
        }
        return try LabeledSet(
            images: Tensor.concat(sets.map(\.images), axis: 0), labels: sets.flatMap(\.labels),
            classCount: first.classCount, classNames: first.classNames, normalization: first.normalization)
    }

    /// This set followed by `other` (see `concatenating`).
    public func appending(_ other: LabeledSet) throws -> LabeledSet {
        try LabeledSet.concatenating([self, other])
    }

    /// How this set differs in kind (sample shape, classes, normalisation) from `other`, if it does.
    private func kindMismatch(with other: LabeledSet) -> String? {
        if sampleShape != other.sampleShape { return "samples of shape \(sampleShape), not \(other.sampleShape)" }
        if classCount != other.classCount || classNames != other.classNames {
            return "classes \(classNames), not \(other.classNames)"
        }
        if normalization != other.normalization { return "normalisation \(normalization), not \(other.normalization)" }
        return nil
    }
}
