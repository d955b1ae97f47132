import TensorCore

/// One mini-batch of a `LabeledSet`: `images` `[B, ...]`, their `labels`, and the `indices` of
/// the samples in the set (for per-sample bookkeeping such as forgetting counts).
public struct Batch {
    /// The samples of the batch, `[B, ...]` (a copy; differentiable when the set's images are).
    public let images: Tensor
    /// The class of each sample of the batch.
    public let labels: [Int]
    /// The position of each sample in the set the batch was drawn from.
    public let indices: [Int]
}

/// One epoch of mini-batches over a `LabeledSet`, in an order fixed when it was made.
///
/// Every sample appears exactly once per epoch, except that with `dropLast` the last
/// `count % size` samples of the order (a partial batch) are left out. Each batch copies its
/// samples when it is produced, so an epoch holds only one batch's values at a time.
public struct Batches: Sequence, IteratorProtocol {
    /// The set the batches are drawn from.
    public let set: LabeledSet
    /// The samples of the epoch in visiting order (all of them, including any dropped tail).
    public let order: [Int]
    /// The number of samples per batch (the last batch may be smaller unless `dropLast`).
    public let size: Int
    /// Whether a final partial batch is left out.
    public let dropLast: Bool
    private var position = 0

    init(set: LabeledSet, order: [Int], size: Int, dropLast: Bool) throws {
        guard size >= 1 else {
            throw DatasetError("LabeledSet.batches: the batch size must be at least 1, got \(size)")
        }
        self.set = set
        self.order = order
        self.size = size
        self.dropLast = dropLast
    }

    /// The number of batches in the epoch.
    public var batchCount: Int { dropLast ? order.count / size : (order.count + size - 1) / size }

    /// The next batch, or nil at the end of the epoch.
    public mutating func next() -> Batch? {
        let end = Swift.min(position + size, order.count)
        guard end > position, !(dropLast && end - position < size) else { return nil }
        let indices = Array(order[position..<end])
        position = end
        // `order` is a permutation of the set's indices, so the selection cannot fail.
        guard let images = try? set.images.indexSelect(axis: 0, indices: indices) else {
            preconditionFailure("Batches: index out of range in a permutation of 0..<\(set.count)")
        }
        return Batch(images: images, labels: indices.map { set.labels[$0] }, indices: indices)
    }
}

extension LabeledSet {
    /// One epoch of mini-batches in a random order drawn from `generator` (a fresh permutation
    /// per call: call once per epoch). The same generator state gives the same batches.
    /// - Parameters:
    ///   - size: samples per batch, at least 1.
    ///   - dropLast: leave out a final batch smaller than `size` (PyTorch's `drop_last`); with
    ///     fewer than `size` samples the epoch is then empty.
    /// - Throws: when `size` is below 1.
    public func batches(
        size: Int, dropLast: Bool = false, using generator: inout some RandomNumberGenerator
    ) throws -> Batches {
        try Batches(set: self, order: Sampling.permutation(count, using: &generator), size: size, dropLast: dropLast)
    }

    /// One epoch of mini-batches in the set's own order (for evaluation).
    /// - Throws: when `size` is below 1.
    public func batches(size: Int, dropLast: Bool = false) throws -> Batches {
        try Batches(set: self, order: Array(0..<count), size: size, dropLast: dropLast)
    }
}
