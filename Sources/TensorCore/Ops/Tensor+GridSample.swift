/// Affine grids and bilinear grid sampling (PyTorch's `affine_grid` and `grid_sample` with their
/// defaults: bilinear, zero padding, align_corners=False), the machinery of DSA's scale and
/// rotate augmentations (METHODS.md §3).
///
/// Differentiable to any order in the input, the grid and (through the grid) the affine matrix:
/// the sampling's derivatives are samplings with differentiated bilinear weights, and its
/// adjoint in the input is a primitive whose derivatives are samplings again.
extension Tensor {
    /// The sampling grid of the affine maps `theta` over an output of `height x width`: for each
    /// output pixel centre `(x, y)` in normalised coordinates `[-1, 1]`
    /// (`x_j = (2j + 1) / width - 1`), the point `theta[n] * (x, y, 1)`.
    ///
    /// - Parameter theta: `[N, 2, 3]`, one 2x3 matrix per image (the identity is
    ///   `[[1, 0, 0], [0, 1, 0]]`).
    /// - Returns: `[N, height, width, 2]`, last axis `(x, y)`, ready for `gridSample`.
    /// - Throws: when `theta` is not `[N, 2, 3]` or a size is below 1.
    public static func affineGrid(_ theta: Tensor, height: Int, width: Int) throws -> Tensor {
        guard theta.rank == 3, theta.shape[1] == 2, theta.shape[2] == 3 else {
            throw TensorError.badRank("affineGrid", expected: "3 with shape [N, 2, 3] (one 2x3 matrix per image)", shape: theta.shape)
        }
        guard height >= 1, width >= 1 else {
            throw TensorError("affineGrid: the output size \(height)x\(width) must be at least 1x1")
        }
        // Rows (x_j, y_i, 1) of the base grid, pixel centres in row-major order.
        let base = Tensor.build([height * width, 3]) { b in
            for i in 0..<height {
                for j in 0..<width {
                    let row = 3 * (i * width + j)
                    b[row] = Float(2 * j + 1) / Float(width) - 1
                    b[row + 1] = Float(2 * i + 1) / Float(height) - 1
                    b[row + 2] = 1
                }
            }
        }
        return try Tensor.matmul(base, theta, transposingB: true).reshape([theta.shape[0], height, width, 2])
    }

    /// This batch of images `[N, C, H, W]` sampled bilinearly at the points of `grid`
    /// `[N, Ho, Wo, 2]` (last axis `(x, y)` in `[-1, 1]`, where -1 and 1 are the outer edges of
    /// the border pixels); points outside the image read zeros.
    ///
    /// - Returns: `[N, C, Ho, Wo]`. Cost: four reads per output value.
    /// - Throws: when the ranks are wrong, the batches differ, or the grid's last axis is not 2.
    public func gridSample(_ grid: Tensor) throws -> Tensor {
        guard rank == 4 else { throw TensorError.badRank("gridSample", expected: "4 (input [N, C, H, W])", shape: shape) }
        guard grid.rank == 4, grid.shape[3] == 2, grid.shape[0] == shape[0] else {
            throw TensorError.shapeMismatch(
                "gridSample", shape, grid.shape, "the grid must be [N, Ho, Wo, 2] with the input's batch size N")
        }
        guard shape[2] >= 1, shape[3] >= 1 else {
            throw TensorError("gridSample: the input \(shape) has no pixels to sample")
        }
        return try gridSampled(grid, GridSampling(inputShape: shape, outHeight: grid.shape[1], outWidth: grid.shape[2], order: .value))
    }

    /// The sampling `s` (possibly with differentiated weights) of this input at `grid`.
    func gridSampled(_ grid: Tensor, _ s: GridSampling) throws -> Tensor {
        guard shape == s.inputShape, grid.shape == s.gridShape else {
            throw TensorError.shapeMismatch("gridSample", shape, grid.shape, "input and grid do not fit the sampling")
        }
        if s.vanishes { return Tensor.zeros(s.outputShape) }
        let value = Tensor.build(s.outputShape) { y in
            withUnsafeBufferPointer { x in
                grid.withUnsafeBufferPointer { g in s.forward(x.baseAddress!, grid: g.baseAddress!, y.baseAddress!) }
            }
        }
        return Tensor.recording(value, inputs: [self, grid], backward: Derivatives.gridSample(self, grid, s))
    }

    /// The adjoint in the input of the sampling `s` at `grid`, applied to this gradient of the
    /// sampling's output shape.
    func gridSampledAdjoint(_ grid: Tensor, _ s: GridSampling) throws -> Tensor {
        guard shape == s.outputShape, grid.shape == s.gridShape else {
            throw TensorError.shapeMismatch("gridSample backward", shape, grid.shape, "gradient and grid do not fit the sampling")
        }
        if s.vanishes { return Tensor.zeros(s.inputShape) }
        let value = Tensor.build(s.inputShape) { dx in
            withUnsafeBufferPointer { g in
                grid.withUnsafeBufferPointer { p in s.adjoint(g.baseAddress!, grid: p.baseAddress!, dx.baseAddress!) }
            }
        }
        return Tensor.recording(value, inputs: [self, grid], backward: Derivatives.gridSampleAdjoint(self, grid, s))
    }
}
