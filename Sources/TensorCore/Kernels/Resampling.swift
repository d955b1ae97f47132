// Separable resampling of NCHW planes: each output row and column reads two taps of the input
// with fixed weights. Nearest and bilinear resizing are both such maps (nearest with one tap of
// weight 1), so one kernel and its adjoint serve both, and each is the other's derivative.

/// Two input positions and their weights for each output position along one axis.
struct ResampleTaps {
    var first: [Int]
    var second: [Int]
    var firstWeight: [Float]
    var secondWeight: [Float]

    /// PyTorch's `interpolate(mode="nearest")`: `min(floor(o * in / out), in - 1)`, computed in
    /// Float as PyTorch does (so the chosen pixels agree exactly).
    static func nearest(from input: Int, to output: Int) -> ResampleTaps {
        let scale = Float(input) / Float(output)
        let index = (0..<output).map { o -> Int in
            if input == output { return o }
            if output == 2 * input { return o >> 1 }
            return min(Int((Float(o) * scale).rounded(.down)), input - 1)
        }
        return ResampleTaps(
            first: index, second: index, firstWeight: .init(repeating: 1, count: output),
            secondWeight: .init(repeating: 0, count: output))
    }

    /// PyTorch's `interpolate(mode="bilinear", align_corners=False)` along one axis: the source
    /// coordinate `(o + 0.5) * in / out - 0.5`, clamped at 0, between its two neighbours.
    static func linear(from input: Int, to output: Int) -> ResampleTaps {
        let scale = Float(input) / Float(output)
        var taps = ResampleTaps(first: [], second: [], firstWeight: [], secondWeight: [])
        for o in 0..<output {
            let source = max(scale * (Float(o) + 0.5) - 0.5, 0)
            let lower = min(Int(source), input - 1)
            let fraction = min(source - Float(lower), 1)
            taps.first.append(lower)
            taps.second.append(lower < input - 1 ? lower + 1 : lower)
            taps.firstWeight.append(1 - fraction)
            taps.secondWeight.append(fraction)
        }
        return taps
    }
}

/// A resampling `[N, C, H, W] -> [N, C, Ho, Wo]`: taps along rows and along columns.
struct Resampling {
    let inputShape: [Int]
    let rows: ResampleTaps
    let columns: ResampleTaps

    var outputShape: [Int] { [inputShape[0], inputShape[1], rows.first.count, columns.first.count] }
    var planes: Int { inputShape[0] * inputShape[1] }
    var inPlane: Int { inputShape[2] * inputShape[3] }
    var outPlane: Int { rows.first.count * columns.first.count }
    var minPlanesPerWorker: Int { max(1, (1 << 15) / max(1, outPlane)) }

    /// `y[p, i, j] = sum over the row taps a and column taps b of w_a(i) w_b(j) x[p, a(i), b(j)]`.
    func forward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>) {
        forEachRow { p, i, r0, r1, a0, a1, c0, c1, cw0, cw1 in
            let src = x + p * inPlane, dst = y + p * outPlane + i * columns.first.count
            let top = src + r0 * inputShape[3], bottom = src + r1 * inputShape[3]
            for j in 0..<columns.first.count {
                let (b0, b1, u0, u1) = (c0[j], c1[j], cw0[j], cw1[j])
                dst[j] = a0 * (u0 * top[b0] + u1 * top[b1]) + a1 * (u0 * bottom[b0] + u1 * bottom[b1])
            }
        }
    }

    /// The adjoint of `forward`: each output gradient added back to its four taps. `dx` may be
    /// uninitialised.
    func adjoint(_ g: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>) {
        forEachRow { p, i, r0, r1, a0, a1, c0, c1, cw0, cw1 in
            if i == 0 { (dx + p * inPlane).update(repeating: 0, count: inPlane) }
            let src = g + p * outPlane + i * columns.first.count, dst = dx + p * inPlane
            let top = dst + r0 * inputShape[3], bottom = dst + r1 * inputShape[3]
            for j in 0..<columns.first.count {
                let (b0, b1, u0, u1) = (c0[j], c1[j], cw0[j], cw1[j])
                let v = src[j]
                top[b0] += a0 * u0 * v
                top[b1] += a0 * u1 * v
                bottom[b0] += a1 * u0 * v
                bottom[b1] += a1 * u1 * v
            }
        }
    }

    /// Runs `body` for each plane `p` and output row `i` (rows in order), split across the
    /// workers by plane, with the row's two taps and weights and the column tables.
    private func forEachRow(
        _ body: (
            _ p: Int, _ i: Int, _ r0: Int, _ r1: Int, _ a0: Float, _ a1: Float, _ c0: UnsafePointer<Int>,
            _ c1: UnsafePointer<Int>, _ cw0: UnsafePointer<Float>, _ cw1: UnsafePointer<Float>
        ) -> Void
    ) {
        rows.withBuffers { r0, r1, rw0, rw1 in
            columns.withBuffers { c0, c1, cw0, cw1 in
                Workers.split(planes, minPerWorker: minPlanesPerWorker) { _, range in
                    for p in range {
                        for i in 0..<rows.first.count { body(p, i, r0[i], r1[i], rw0[i], rw1[i], c0, c1, cw0, cw1) }
                    }
                }
            }
        }
    }
}

extension ResampleTaps {
    /// Runs `body` with pointers to the four tables.
    func withBuffers<R>(
        _ body: (UnsafePointer<Int>, UnsafePointer<Int>, UnsafePointer<Float>, UnsafePointer<Float>) -> R
    ) -> R {
        first.withUnsafeBufferPointer { a in
            second.withUnsafeBufferPointer { b in
                firstWeight.withUnsafeBufferPointer { u in
                    secondWeight.withUnsafeBufferPointer { v in body(a.baseAddress!, b.baseAddress!, u.baseAddress!, v.baseAddress!) }
                }
            }
        }
    }
}
