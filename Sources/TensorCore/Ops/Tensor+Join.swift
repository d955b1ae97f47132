/// Joining tensors: `concat` along an existing axis and `stack` along a new one.
/// Cost: one copy of the result; the gradient of each input is a slice of the output's.
extension Tensor {
    /// The tensors joined along `axis`; all have the same rank and the same sizes except along
    /// `axis`.
    /// - Throws: when the list is empty, the ranks differ, the axis is out of range, or another
    ///   size differs (the message names both shapes).
    public static func concat(_ tensors: [Tensor], axis: Int) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError("concat: no tensors to join; pass at least one")
        }
        let a = try Shape.normalize(axis: axis, rank: first.rank, op: "concat", shape: first.shape)
        for t in tensors.dropFirst() {
            guard t.rank == first.rank, (0..<first.rank).allSatisfy({ $0 == a || t.shape[$0] == first.shape[$0] }) else {
                throw TensorError.shapeMismatch(
                    "concat", first.shape, t.shape, "all sizes except along axis \(axis) must be equal")
            }
        }
        if tensors.count == 1 { return first }
        var outShape = first.shape
        outShape[a] = tensors.reduce(0) { $0 + $1.shape[a] }
        let (outer, total, inner) = split(outShape, at: a)
        let value = Tensor.build(outShape) { out in
            guard let d = out.baseAddress else { return }
            var offset = 0
            for t in tensors {
                let block = t.shape[a] * inner
                t.scalars.withUnsafeBufferPointer { src in
                    guard let s = src.baseAddress else { return }
                    for o in 0..<outer {
                        (d + o * total * inner + offset).update(from: s + o * block, count: block)
                    }
                }
                offset += block
            }
        }
        return recording(value, inputs: tensors, backward: Derivatives.concat(sizes: tensors.map { $0.shape[a] }, axis: a))
    }

    /// The tensors, all of one shape, stacked along a new axis at `axis`: n tensors of shape
    /// `[A, B]` stacked at axis 1 give `[A, n, B]`.
    /// - Throws: when the list is empty, the shapes differ, or the axis is out of range.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError("stack: no tensors to stack; pass at least one")
        }
        for t in tensors.dropFirst() where t.shape != first.shape {
            throw TensorError.shapeMismatch("stack", first.shape, t.shape, "stacked tensors must all have one shape")
        }
        return try concat(tensors.map { try $0.unsqueeze(axis: axis) }, axis: axis)
    }
}
