/// Backward rules of the shape operations: each is the adjoint data movement.
extension Derivatives {
    /// reshape: g reshaped back.
    static func reshape(from shape: [Int]) -> BackwardRule {
        { g, _ in [try g.reshape(shape)] }
    }
}
