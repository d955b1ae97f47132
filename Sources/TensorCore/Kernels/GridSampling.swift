// Bilinear grid sampling with zero padding and align_corners=False (PyTorch's grid_sample
// defaults, which DSA's scale and rotate use), and its adjoint in the input.
//
// To make every derivative a sampling again, the kernel samples with the bilinear weights or
// their derivatives: along x the weights of the two neighbours are (1 - f, f), with derivative
// (-1, 1) in the pixel coordinate and 0 beyond. `order` picks which, per axis; the derivative in
// the grid coordinate adds the factor dix/dgx = W / 2 (and H / 2 for y).

/// Which derivative of the bilinear weights a sampling uses along x and along y (0 or 1 each).
struct SampleOrder: Equatable {
    var x: Int
    var y: Int

    /// The plain bilinear sampling.
    static let value = SampleOrder(x: 0, y: 0)
}

/// A grid sampling `x [N, C, H, W]` at `grid [N, Ho, Wo, 2]` (last axis: x then y, in [-1, 1]).
struct GridSampling {
    let inputShape: [Int]
    let outHeight: Int
    let outWidth: Int
    let order: SampleOrder

    var batch: Int { inputShape[0] }
    var channels: Int { inputShape[1] }
    var inPlane: Int { inputShape[2] * inputShape[3] }
    var outPlane: Int { outHeight * outWidth }
    var outputShape: [Int] { [batch, channels, outHeight, outWidth] }
    var gridShape: [Int] { [batch, outHeight, outWidth, 2] }

    /// The same sampling with the weights differentiated once more along x (`dx`) or y.
    func differentiated(alongX: Bool) -> GridSampling {
        var o = order
        if alongX { o.x += 1 } else { o.y += 1 }
        return GridSampling(inputShape: inputShape, outHeight: outHeight, outWidth: outWidth, order: o)
    }

    /// Whether the weights are identically zero (a second derivative along one axis).
    var vanishes: Bool { order.x > 1 || order.y > 1 }

    /// `y[n, c, p] = sum over the four neighbours k of w_k(grid[n, p]) * x[n, c, k]`, zero for
    /// neighbours outside the image.
    func forward(_ x: UnsafePointer<Float>, grid: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>) {
        forEachImage(grid: grid) { n, k, w in
            for c in 0..<channels {
                let src = x + (n * channels + c) * inPlane, dst = y + (n * channels + c) * outPlane
                for p in 0..<outPlane {
                    let q = 4 * p
                    dst[p] = w[q] * src[Int(k[q])] + w[q + 1] * src[Int(k[q + 1])]
                        + w[q + 2] * src[Int(k[q + 2])] + w[q + 3] * src[Int(k[q + 3])]
                }
            }
        }
    }

    /// The adjoint of `forward` in `x`: each output gradient added to its four neighbours with
    /// their weights. `dx` may be uninitialised.
    func adjoint(_ g: UnsafePointer<Float>, grid: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>) {
        forEachImage(grid: grid) { n, k, w in
            let image = dx + n * channels * inPlane
            image.update(repeating: 0, count: channels * inPlane)
            for c in 0..<channels {
                let src = g + (n * channels + c) * outPlane, dst = image + c * inPlane
                for p in 0..<outPlane {
                    let q = 4 * p, v = src[p]
                    dst[Int(k[q])] += w[q] * v
                    dst[Int(k[q + 1])] += w[q + 1] * v
                    dst[Int(k[q + 2])] += w[q + 2] * v
                    dst[Int(k[q + 3])] += w[q + 3] * v
                }
            }
        }
    }

    /// Runs `body(n, corners, weights)` for each image, split across the workers, with the
    /// image's neighbour table (four per output position, see `neighbours`).
    private func forEachImage(
        grid: UnsafePointer<Float>, _ body: (Int, UnsafePointer<Int32>, UnsafePointer<Float>) -> Void
    ) {
        let P = outPlane
        Workers.split(batch, minPerWorker: max(1, (1 << 14) / max(1, P * channels))) { _, range in
            var corners = [Int32](repeating: 0, count: 4 * P)
            var weights = [Float](repeating: 0, count: 4 * P)
            for n in range {
                neighbours(grid: grid + n * P * 2, &corners, &weights)
                corners.withUnsafeBufferPointer { k in
                    weights.withUnsafeBufferPointer { w in body(n, k.baseAddress!, w.baseAddress!) }
                }
            }
        }
    }

    /// For each output position of one image: its four neighbours (plane offsets; 0 with weight
    /// 0 when outside the image) and their weights of this sampling's order.
    private func neighbours(grid: UnsafePointer<Float>, _ corners: inout [Int32], _ weights: inout [Float]) {
        let h = inputShape[2], w = inputShape[3]
        for p in 0..<outPlane {
            // align_corners=False: -1 and 1 are the outer edges of the border pixels.
            let ix = ((grid[2 * p] + 1) * Float(w) - 1) / 2
            let iy = ((grid[2 * p + 1] + 1) * Float(h) - 1) / 2
            // Points far outside (or not finite) touch no pixel; this also keeps Int() in range.
            guard ix > -2, ix < Float(w) + 1, iy > -2, iy < Float(h) + 1 else {
                for k in 0..<4 {
                    corners[4 * p + k] = 0
                    weights[4 * p + k] = 0
                }
                continue
            }
            let x0 = ix.rounded(.down), y0 = iy.rounded(.down)
            let fx = ix - x0, fy = iy - y0
            let (wx0, wx1): (Float, Float) = order.x == 0 ? (1 - fx, fx) : (-1, 1)
            let (wy0, wy1): (Float, Float) = order.y == 0 ? (1 - fy, fy) : (-1, 1)
            let (cx, cy) = (Int(x0), Int(y0))
            let inX0 = cx >= 0 && cx < w, inX1 = cx + 1 >= 0 && cx + 1 < w
            let inY0 = cy >= 0 && cy < h, inY1 = cy + 1 >= 0 && cy + 1 < h
            set(p, 0, inY0 && inX0, cy * w + cx, wy0 * wx0, &corners, &weights)
            set(p, 1, inY0 && inX1, cy * w + cx + 1, wy0 * wx1, &corners, &weights)
            set(p, 2, inY1 && inX0, (cy + 1) * w + cx, wy1 * wx0, &corners, &weights)
            set(p, 3, inY1 && inX1, (cy + 1) * w + cx + 1, wy1 * wx1, &corners, &weights)
        }
    }

    /// Records neighbour `k` of output `p`, or a zero weight at offset 0 when it is outside.
    @inline(__always)
    private func set(
        _ p: Int, _ k: Int, _ inside: Bool, _ offset: Int, _ weight: Float, _ corners: inout [Int32], _ weights: inout [Float]
    ) {
        corners[4 * p + k] = inside ? Int32(offset) : 0
        weights[4 * p + k] = inside ? weight : 0
    }
}
