import TensorCore

/// DSA's `scale` and `rotate` tokens (METHODS.md §3, `rand_scale`, `rand_rotate`): an affine map
/// of each image through `affine_grid` and bilinear `grid_sample` (zero padding,
/// align_corners=False, PyTorch's defaults, which the reference uses).
extension Tensor {
    /// This batch `[N, C, H, W]` sampled at `theta · (x, y, 1)` for each output pixel centre
    /// `(x, y)` in [−1, 1] coordinates; `matrices` holds one row-major 2×3 matrix per image, or
    /// one shared by all.
    ///
    /// Differentiable in the images to any order (the sampling is linear in them). Cost: one
    /// grid `[N, H, W, 2]` and four reads per output value.
    func affineWarped(_ matrices: [[Float]]) throws -> Tensor {
        let (n, h, w) = (shape[0], shape[2], shape[3])
        var theta = try Tensor(shape: [matrices.count, 2, 3], scalars: matrices.flatMap { $0 })
        if matrices.count != n { theta = try theta.broadcast(to: [n, 2, 3]) }
        return try gridSample(Tensor.affineGrid(theta, height: h, width: w))
    }
}
