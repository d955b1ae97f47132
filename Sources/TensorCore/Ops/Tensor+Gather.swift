/// Selection by indices and its adjoint, scatter-add, in two forms:
/// - `indexSelect(axis:indices:)` takes whole slices along an axis (rows of a batch, a subset of
///   a dataset); its adjoint is `indexAdd(axis:indices:_:)`.
/// - `gather(axis:indices:)` takes one element per position along an axis (the logit of each
///   sample's label); its adjoint is `scatterAdd(axis:indices:_:)`.
/// Each pair differentiates into the other, so gradients of any order flow through them.
/// Indices repeat freely; scatter-add sums the contributions of repeated indices.
extension Tensor {
    /// The slices `indices` along `axis`, in that order: the result has `indices.count` along
    /// `axis` and this tensor's sizes elsewhere. Cost: one copy of the result.
    /// - Throws: when the axis is out of range or an index is outside `0..<shape[axis]`.
    public func indexSelect(axis: Int, indices: [Int]) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: "indexSelect", shape: shape)
        try Tensor.check(indices, below: shape[a], op: "indexSelect", axis: axis, shape: shape)
        var outShape = shape
        outShape[a] = indices.count
        let (outer, n, inner) = Tensor.split(shape, at: a)
        let value = Tensor.build(outShape) { out in
            scalars.withUnsafeBufferPointer { src in
                guard let s = src.baseAddress, let d = out.baseAddress else { return }
                let k = indices.count
                for o in 0..<outer {
                    for (j, index) in indices.enumerated() {
                        (d + (o * k + j) * inner).update(from: s + (o * n + index) * inner, count: inner)
                    }
                }
            }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.indexSelect(shape: shape, axis: a, indices: indices))
    }

    /// This tensor with slice `j` of `source` added to slice `indices[j]` along `axis`
    /// (PyTorch's `index_add`); repeated indices accumulate. `source` has `indices.count` along
    /// `axis` and this tensor's sizes elsewhere. Differentiable in both tensors.
    /// - Throws: when the shapes disagree or an index is out of range.
    public func indexAdd(axis: Int, indices: [Int], _ source: Tensor) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: "indexAdd", shape: shape)
        try Tensor.check(indices, below: shape[a], op: "indexAdd", axis: axis, shape: shape)
        var expected = shape
        expected[a] = indices.count
        guard source.shape == expected else {
            throw TensorError.shapeMismatch("indexAdd", shape, source.shape, "the source must have shape \(expected)")
        }
        let (outer, n, inner) = Tensor.split(shape, at: a)
        var value = detach()
        value.scalars.withUnsafeMutableBufferPointer { dst in
            source.scalars.withUnsafeBufferPointer { src in
                let k = indices.count
                for o in 0..<outer {
                    for (j, index) in indices.enumerated() {
                        let from = (o * k + j) * inner, to = (o * n + index) * inner
                        for i in 0..<inner { dst[to + i] += src[from + i] }
                    }
                }
            }
        }
        return Tensor.recording(value, inputs: [self, source], backward: Derivatives.indexAdd(axis: a, indices: indices))
    }

    /// One element per position along `axis`: `out[..., j, ...] = self[..., indices[..., j, ...], ...]`
    /// (PyTorch's `gather`, NumPy's `take_along_axis`). `indices` holds whole numbers as Float
    /// values (as `argmax` returns and label tensors hold) and has this tensor's shape except
    /// along `axis`; the result has the shape of `indices`. Not differentiable in `indices`.
    /// - Throws: when the shapes disagree or an index is not a whole number in range.
    public func gather(axis: Int, indices: Tensor) throws -> Tensor {
        let (a, positions) = try alongAxisIndices(indices, axis: axis, op: "gather")
        let (outer, n, inner) = Tensor.split(shape, at: a)
        let k = indices.shape[a]
        let value = Tensor.build(indices.shape) { out in
            scalars.withUnsafeBufferPointer { src in
                for o in 0..<outer {
                    for j in 0..<k {
                        for i in 0..<inner {
                            let at = (o * k + j) * inner + i
                            out[at] = src[(o * n + positions[at]) * inner + i]
                        }
                    }
                }
            }
        }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.gather(shape: shape, axis: a, indices: indices))
    }

    /// This tensor with each element of `source` added at the position along `axis` that
    /// `indices` names (the adjoint of `gather`; PyTorch's `scatter_add`). `indices` and `source`
    /// have the same shape, equal to this tensor's except along `axis`.
    /// - Throws: when the shapes disagree or an index is not a whole number in range.
    public func scatterAdd(axis: Int, indices: Tensor, _ source: Tensor) throws -> Tensor {
        let (a, positions) = try alongAxisIndices(indices, axis: axis, op: "scatterAdd")
        guard source.shape == indices.shape else {
            throw TensorError.shapeMismatch("scatterAdd", indices.shape, source.shape, "indices and source must have the same shape")
        }
        let (outer, n, inner) = Tensor.split(shape, at: a)
        let k = indices.shape[a]
        var value = detach()
        value.scalars.withUnsafeMutableBufferPointer { dst in
            source.scalars.withUnsafeBufferPointer { src in
                for o in 0..<outer {
                    for j in 0..<k {
                        for i in 0..<inner {
                            let at = (o * k + j) * inner + i
                            dst[(o * n + positions[at]) * inner + i] += src[at]
                        }
                    }
                }
            }
        }
        return Tensor.recording(value, inputs: [self, source], backward: Derivatives.scatterAdd(axis: a, indices: indices))
    }

    /// The normalised axis and the indices as Ints, checked against this tensor's shape.
    private func alongAxisIndices(_ indices: Tensor, axis: Int, op: String) throws -> (Int, [Int]) {
        let a = try Shape.normalize(axis: axis, rank: rank, op: op, shape: shape)
        guard indices.rank == rank, (0..<rank).allSatisfy({ $0 == a || indices.shape[$0] == shape[$0] }) else {
            throw TensorError.shapeMismatch(
                op, shape, indices.shape, "the indices must have the tensor's shape except along axis \(axis)")
        }
        let positions = indices.scalars.map { Int(exactly: $0) ?? -1 }
        try Tensor.check(positions, below: shape[a], op: op, axis: axis, shape: shape)
        return (a, positions)
    }

    /// Throws unless every index lies in `0..<size`.
    private static func check(_ indices: [Int], below size: Int, op: String, axis: Int, shape: [Int]) throws {
        if let bad = indices.first(where: { $0 < 0 || $0 >= size }) {
            throw TensorError(
                "\(op): index \(bad) is outside 0..<\(size) along axis \(axis) of shape \(shape) "
                    + "(indices must be whole numbers in range)")
        }
    }

    /// A shape seen as `[outer, shape[axis], inner]`.
    static func split(_ shape: [Int], at axis: Int) -> (outer: Int, size: Int, inner: Int) {
        (Shape.count(Array(shape[..<axis])), shape[axis], Shape.count(Array(shape[(axis + 1)...])))
    }
}
