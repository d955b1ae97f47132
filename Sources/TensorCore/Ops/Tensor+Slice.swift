/// Slicing (contiguous ranges with step 1) and constant padding, each the other's adjoint:
/// the gradient of a slice is the gradient padded with zeros back to the input's shape, and the
/// gradient of a padding is the gradient sliced back to the unpadded region.
extension Tensor {
    /// The block starting at `starts` with the given `sizes` along every axis.
    /// Cost: one strided copy of the result.
    /// - Throws: when the lists do not have one entry per axis or the block leaves the tensor.
    public func slice(starts: [Int], sizes: [Int]) throws -> Tensor {
        guard starts.count == rank, sizes.count == rank else {
            throw TensorError("slice(starts:sizes:): need one start and one size per axis of shape \(shape), got \(starts) and \(sizes)")
        }
        for axis in 0..<rank where starts[axis] < 0 || sizes[axis] < 0 || starts[axis] + sizes[axis] > shape[axis] {
            throw TensorError(
                "slice(starts:sizes:): the block at \(starts) of size \(sizes) leaves shape \(shape) along axis \(axis)")
        }
        if sizes == shape { return self }
        let own = Shape.strides(shape)
        let offset = zip(starts, own).reduce(0) { $0 + $1.0 * $1.1 }
        let value = Tensor.build(sizes) { out in
            scalars.withUnsafeBufferPointer { src in
                guard let s = src.baseAddress, let d = out.baseAddress else { return }
                stridedCopy(sizes: sizes, from: s, offset: offset, strides: own, to: d, offset: 0, strides: Shape.strides(sizes))
            }
        }
        let after = (0..<rank).map { shape[$0] - starts[$0] - sizes[$0] }
        return Tensor.recording(value, inputs: [self], backward: Derivatives.slice(before: starts, after: after))
    }

    /// The elements `range` along `axis`, everything along the other axes.
    /// - Throws: when the axis is out of range or the range leaves the axis.
    public func slice(axis: Int, _ range: Range<Int>) throws -> Tensor {
        try narrow(axis: axis, start: range.lowerBound, length: range.count)
    }

    /// `length` elements from `start` along `axis` (as PyTorch's `narrow`); `start` may be
    /// negative, counted from the end of the axis.
    /// - Throws: when the axis is out of range or the window leaves the axis.
    public func narrow(axis: Int, start: Int, length: Int) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: "narrow", shape: shape)
        let begin = start < 0 ? start + shape[a] : start
        guard begin >= 0, length >= 0, begin + length <= shape[a] else {
            throw TensorError(
                "narrow: elements \(start)..<\(start + length) leave axis \(axis) of shape \(shape) (size \(shape[a]))")
        }
        var starts = [Int](repeating: 0, count: rank)
        var sizes = shape
        starts[a] = begin
        sizes[a] = length
        return try slice(starts: starts, sizes: sizes)
    }

    /// The tensor surrounded by `value`: `before[i]` elements ahead of it and `after[i]` behind it
    /// along axis `i` (`x.pad(before: [0, 0, 1, 1], after: [0, 0, 1, 1])` pads NCHW images by 1).
    /// Differentiable in the tensor; `value` is a constant.
    /// - Throws: when the lists do not have one non-negative entry per axis.
    public func pad(before: [Int], after: [Int], value: Float = 0) throws -> Tensor {
        guard before.count == rank, after.count == rank, (before + after).allSatisfy({ $0 >= 0 }) else {
            throw TensorError(
                "pad(before:after:): need one non-negative width per axis of shape \(shape), got \(before) and \(after)")
        }
        if before.allSatisfy({ $0 == 0 }) && after.allSatisfy({ $0 == 0 }) { return self }
        let outShape = (0..<rank).map { before[$0] + shape[$0] + after[$0] }
        let outStrides = Shape.strides(outShape)
        let offset = zip(before, outStrides).reduce(0) { $0 + $1.0 * $1.1 }
        let result = Tensor.build(outShape) { out in
            guard let d = out.baseAddress else { return }
            d.initialize(repeating: value, count: out.count)
            scalars.withUnsafeBufferPointer { src in
                guard let s = src.baseAddress else { return }
                stridedCopy(sizes: shape, from: s, offset: 0, strides: Shape.strides(shape), to: d, offset: offset, strides: outStrides)
            }
        }
        return Tensor.recording(result, inputs: [self], backward: Derivatives.pad(before: before, shape: shape))
    }
}
