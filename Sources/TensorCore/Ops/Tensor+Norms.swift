/// Vector norms and the dot product, composed from differentiable primitives.
extension Tensor {
    /// The Euclidean norm `sqrt(Σ x²)` over `axes`. Its gradient `x / ‖x‖` is nan where the norm
    /// is 0; add a small constant inside when that can happen.
    /// - Throws: when an axis is out of range or repeated.
    public func norm(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        try square().sum(axes: axes, keepDims: keepDims).sqrt()
    }

    /// The Euclidean norm of all elements, as a scalar.
    public func l2Norm() throws -> Tensor {
        try square().sum().sqrt()
    }

    /// The dot product `Σ aᵢ bᵢ` of two tensors of the same shape (any rank), as a scalar.
    /// - Throws: when the shapes differ; the message names both.
    public static func dot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.shape == b.shape else {
            throw TensorError.shapeMismatch("dot", a.shape, b.shape, "dot needs two tensors of one shape")
        }
        return try (a * b).sum()
    }
}
