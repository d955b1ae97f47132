import TensorCore

/// DSA's `color` token: brightness, saturation and contrast, in the reference's order and with
/// its formulas (METHODS.md §3, `rand_brightness`, `rand_saturation`, `rand_contrast`).
///
/// Linear in the images given the factors, so differentiable to any order; written with
/// TensorCore's differentiable ops (about six elementwise passes and two means per call).
extension Tensor {
    /// This batch `[N, C, H, W]` with, per image (lists of N values or one shared value):
    /// `x + b`; then `(x − m_c)·s + m_c`, `m_c` the channel mean at each pixel (skipped for one
    /// channel, where it is exactly the identity: `x − m_c` is 0); then `(x − m)·c + m`, `m` the
    /// image mean over C, H, W.
    func colorJittered(brightness: [Float], saturation: [Float], contrast: [Float]) throws -> Tensor {
        func perImage(_ values: [Float]) throws -> Tensor {
            try Tensor(shape: [values.count, 1, 1, 1], scalars: values)
        }
        var y = try self + perImage(brightness)
        if shape[1] > 1 {
            let channelMean = try y.mean(axis: 1, keepDims: true)
            y = try (y - channelMean) * perImage(saturation) + channelMean
        }
        let imageMean = try y.mean(axes: [1, 2, 3], keepDims: true)
        return try (y - imageMean) * perImage(contrast) + imageMean
    }
}
