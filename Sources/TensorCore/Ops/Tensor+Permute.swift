/// Reordering axes: `permute`, and `transpose` of a matrix or of two axes.
/// Cost: one strided copy of the tensor (matrix products take transposition flags instead, see
/// `Tensor.matmul(_:_:transposingA:transposingB:)`).
extension Tensor {
    /// The tensor with its axes reordered: axis `i` of the result is axis `axes[i]` of this one
    /// (`[N, H, W, C].permute([0, 3, 1, 2])` is `[N, C, H, W]`). Negative axes count from the end.
    /// - Throws: when `axes` is not a permutation of the axes.
    public func permute(_ axes: [Int]) throws -> Tensor {
        let normalized = try axes.map { try Shape.normalize(axis: $0, rank: rank, op: "permute", shape: shape) }
        guard normalized.count == rank, Set(normalized).count == rank else {
            throw TensorError("permute: \(axes) is not a permutation of the \(rank) axes of shape \(shape); list each axis once")
        }
        if normalized == Array(0..<rank) { return self }
        let outShape = normalized.map { shape[$0] }
        let own = Shape.strides(shape)
        let srcStrides = normalized.map { own[$0] }
        let value = Tensor.build(outShape) { out in
            scalars.withUnsafeBufferPointer { src in
                guard let s = src.baseAddress, let d = out.baseAddress else { return }
                stridedCopy(sizes: outShape, from: s, offset: 0, strides: srcStrides, to: d, offset: 0, strides: Shape.strides(outShape))
            }
        }
        var inverse = [Int](repeating: 0, count: rank)
        for (i, axis) in normalized.enumerated() { inverse[axis] = i }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.permute(inverse: inverse))
    }

    /// The transpose of a matrix: `[M, N]` becomes `[N, M]`.
    /// - Throws: when the tensor is not of rank 2.
    public func transpose() throws -> Tensor {
        guard rank == 2 else { throw TensorError.badRank("transpose()", expected: "2 (use transpose(_:_:) or permute)", shape: shape) }
        return try permute([1, 0])
    }

    /// The tensor with two axes swapped.
    /// - Throws: when an axis is out of range.
    public func transpose(_ a: Int, _ b: Int) throws -> Tensor {
        let i = try Shape.normalize(axis: a, rank: rank, op: "transpose", shape: shape)
        let j = try Shape.normalize(axis: b, rank: rank, op: "transpose", shape: shape)
        var axes = Array(0..<rank)
        axes.swapAt(i, j)
        return try permute(axes)
    }
}
