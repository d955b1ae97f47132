// Pooling kernels over NCHW planes: average pooling and its adjoint, max pooling with the
// position of each maximum. Memory-bound passes: the planes are split across the workers, and
// the 2x2 stride-2 window of the reference ConvNet has its own branch-free loop.

/// The sizes of a pooling `[N, C, H, W] -> [N, C, Ho, Wo]` with a square window.
struct PoolGeometry {
    let batch: Int
    let channels: Int
    let height: Int
    let width: Int
    let kernel: Int
    let stride: Int
    /// `(H - kernel) / stride + 1`, likewise `outWidth`.
    let outHeight: Int
    let outWidth: Int

    var planes: Int { batch * channels }
    var inPlane: Int { height * width }
    var outPlane: Int { outHeight * outWidth }
    var inputShape: [Int] { [batch, channels, height, width] }
    var outputShape: [Int] { [batch, channels, outHeight, outWidth] }

    /// The geometry of pooling `input` with a `kernel` window every `stride` positions.
    init(op: String, input: [Int], kernel: Int, stride: Int) throws {
        guard input.count == 4 else { throw TensorError.badRank(op, expected: "4 ([N, C, H, W])", shape: input) }
        guard kernel >= 1, stride >= 1 else {
            throw TensorError("\(op): kernel and stride must be at least 1, got kernel \(kernel), stride \(stride)")
        }
        guard input[2] >= kernel, input[3] >= kernel else {
            throw TensorError("\(op): a \(kernel)x\(kernel) window does not fit in an input of shape \(input); use a smaller kernel")
        }
        batch = input[0]
        channels = input[1]
        height = input[2]
        width = input[3]
        self.kernel = kernel
        self.stride = stride
        outHeight = (input[2] - kernel) / stride + 1
        outWidth = (input[3] - kernel) / stride + 1
    }

    /// Planes per worker so that each handles at least ~32k input values (threads cost more
    /// than they save on small tensors).
    var minPlanesPerWorker: Int { max(1, (1 << 15) / max(1, inPlane)) }

    /// `y[p, i, j] = mean of x[p, i*s ..< i*s+k, j*s ..< j*s+k]`.
    func averageForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>) {
        let k = kernel, s = stride, w = width, wo = outWidth
        let scale = 1 / Float(k * k)
        Workers.split(planes, minPerWorker: minPlanesPerWorker) { _, range in
            for p in range {
                let src = x + p * inPlane, dst = y + p * outPlane
                for i in 0..<outHeight {
                    let out = dst + i * wo
                    if k == 2 && s == 2 {
                        let r0 = src + 2 * i * w, r1 = r0 + w
                        for j in 0..<wo { out[j] = (r0[2 * j] + r0[2 * j + 1] + r1[2 * j] + r1[2 * j + 1]) * 0.25 }
                        continue
                    }
                    for j in 0..<wo {
                        var sum: Float = 0
                        for a in 0..<k {
                            let row = src + (i * s + a) * w + j * s
                            for b in 0..<k { sum += row[b] }
                        }
                        out[j] = sum * scale
                    }
                }
            }
        }
    }

    /// The adjoint of `averageForward`: each window's gradient spread evenly over the window.
    /// `dx` may be uninitialised.
    func averageAdjoint(_ g: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>) {
        let k = kernel, s = stride, w = width, wo = outWidth
        let scale = 1 / Float(k * k)
        Workers.split(planes, minPerWorker: minPlanesPerWorker) { _, range in
            (dx + range.lowerBound * inPlane).update(repeating: 0, count: range.count * inPlane)
            for p in range {
                let src = g + p * outPlane, dst = dx + p * inPlane
                for i in 0..<outHeight {
                    let gradRow = src + i * wo
                    if k == 2 && s == 2 {
                        let r0 = dst + 2 * i * w, r1 = r0 + w
                        for j in 0..<wo {
                            let v = gradRow[j] * 0.25
                            r0[2 * j] = v
                            r0[2 * j + 1] = v
                            r1[2 * j] = v
                            r1[2 * j + 1] = v
                        }
                        continue
                    }
                    for j in 0..<wo {
                        let v = gradRow[j] * scale
                        for a in 0..<k {
                            let row = dst + (i * s + a) * w + j * s
                            for b in 0..<k { row[b] += v }
                        }
                    }
                }
            }
        }
    }

    /// `y[p, i, j] = max over the window`, and in `index` its position `row * W + column`
    /// within the plane (the first one on ties), stored as a Float (exact below 2^24).
    func maxForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ index: UnsafeMutablePointer<Float>) {
        let k = kernel, s = stride, w = width, wo = outWidth
        Workers.split(planes, minPerWorker: minPlanesPerWorker) { _, range in
            for p in range {
                let src = x + p * inPlane, dst = y + p * outPlane, at = index + p * outPlane
                for i in 0..<outHeight {
                    for j in 0..<wo {
                        var bestAt = i * s * w + j * s
                        var best = src[bestAt]
                        for a in 0..<k {
                            let rowStart = (i * s + a) * w + j * s
                            for b in 0..<k {
                                // As PyTorch: a NaN wins (the last one seen).
                                let v = src[rowStart + b]
                                if v > best || v.isNaN {
                                    best = v
                                    bestAt = rowStart + b
                                }
                            }
                        }
                        dst[i * wo + j] = best
                        at[i * wo + j] = Float(bestAt)
                    }
                }
            }
        }
    }
}
