/// Regression losses and similarities: mean squared error (fused, one graph node) and cosine
/// similarity (a composite of differentiable ops, so every order of derivative is exact).
extension Tensor {
    /// `(1/n)·Σ (prediction − target)²` over all n elements, as PyTorch's `F.mse_loss`.
    ///
    /// - Parameters: two tensors of the same shape; both are differentiable.
    /// - Returns: a scalar (shape `[]`). One pass, accumulated in Double.
    /// - Throws: when the shapes differ or the tensors are empty.
    public static func meanSquaredError(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
        let op = "meanSquaredError"
        guard prediction.shape == target.shape else {
            throw TensorError.shapeMismatch(op, prediction.shape, target.shape, "pass tensors of the same shape")
        }
        guard prediction.count > 0 else {
            throw TensorError("\(op): the tensors of shape \(prediction.shape) are empty; their mean is undefined")
        }
        let total = prediction.withUnsafeBufferPointer { a in
            target.withUnsafeBufferPointer { b in
                var sum = 0.0
                for i in 0..<a.count {
                    let d = a[i] - b[i]
                    sum += Double(d * d)
                }
                return sum
            }
        }
        let loss = Tensor(Float(total / Double(prediction.count)))
        return recording(loss, inputs: [prediction, target], backward: Derivatives.meanSquaredError(prediction, target))
    }

    /// Cosine similarity along `axis`, as PyTorch's `F.cosine_similarity`:
    /// `Σ a·b / (max(‖a‖, eps)·max(‖b‖, eps))`, norms taken along `axis`.
    ///
    /// - Parameters:
    ///   - a, b: tensors that broadcast to a common shape; `axis` refers to that shape
    ///     (negative counts from the end).
    ///   - eps: the floor on each norm (PyTorch's default 1e-8); a zero vector has similarity 0
    ///     and a zero gradient.
    /// - Returns: the common shape without `axis`.
    /// - Throws: when the shapes cannot be broadcast or `axis` is out of range.
    public static func cosineSimilarity(_ a: Tensor, _ b: Tensor, axis: Int, eps: Float = 1e-8) throws -> Tensor {
        let op = "cosineSimilarity(_:_:axis:eps:)"
        let common = try Shape.broadcast(a.shape, b.shape, op: op)
        let ax = try Shape.normalize(axis: axis, rank: common.count, op: op, shape: common)
        let (a, b) = (try a.broadcast(to: common), try b.broadcast(to: common))
        let dot = try (a * b).sum(axis: ax)
        // max(‖a‖, eps) = sqrt(max(‖a‖², eps²)): the clamp sits before the square root, so a
        // zero vector gets a zero gradient instead of 0·∞.
        let floor = eps * eps
        let normA = try (a * a).sum(axis: ax).clamp(min: floor).sqrt()
        let normB = try (b * b).sum(axis: ax).clamp(min: floor).sqrt()
        return try dot / (normA * normB)
    }
}
