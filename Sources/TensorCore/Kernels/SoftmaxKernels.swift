// Numerically stable softmax, log-softmax and log-sum-exp along one axis.
//
// Every kernel subtracts the maximum along the axis before exponentiating, so no input
// overflows `exp`; sums of exponentials are at least 1. A tensor is viewed as
// `[outer, size, inner]` around the axis: `inner == 1` (the last axis, the usual case) runs
// over contiguous rows; otherwise the axis is strided and the kernel sweeps `inner`-wide
// vectors so that memory is still read in order.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tensor viewed as `[outer, size, inner]` around one axis.
struct AxisLayout {
    let outer: Int
    let size: Int
    let inner: Int

    /// The view of `shape` around `axis` (already normalised to `0..<rank`).
    init(shape: [Int], axis: Int) {
        outer = shape[..<axis].reduce(1, *)
        size = shape[axis]
        inner = shape[(axis + 1)...].reduce(1, *)
    }
}

/// Softmax-family kernels over `outer·size·inner` contiguous values.
enum SoftmaxKernels {
    /// `out = softmax(x)` along the layout's axis, or `log softmax(x)` when `log` is true.
    static func softmax(
        _ x: UnsafeBufferPointer<Float>, _ layout: AxisLayout, log: Bool,
        into out: UnsafeMutableBufferPointer<Float>
    ) {
        let (size, inner) = (layout.size, layout.inner)
        guard size > 0, inner > 0, let xb = x.baseAddress, let ob = out.baseAddress else { return }
        if inner == 1 {
            for o in 0..<layout.outer {
                let px = xb + o * size, po = ob + o * size
                var top = px[0]
                for k in 1..<size { top = max(top, px[k]) }
                var total: Float = 0
                for k in 0..<size {
                    let e = expf(px[k] - top)
                    po[k] = e
                    total += e
                }
                if log {
                    // (x − max) is exact for nearby values; adding max back first would round.
                    let logTotal = logf(total)
                    for k in 0..<size { po[k] = (px[k] - top) - logTotal }
                } else {
                    let scale = 1 / total
                    for k in 0..<size { po[k] *= scale }
                }
            }
            return
        }
        var top = [Float](repeating: 0, count: inner)
        var total = [Float](repeating: 0, count: inner)
        for o in 0..<layout.outer {
            let px = xb + o * size * inner, po = ob + o * size * inner
            for i in 0..<inner {
                top[i] = px[i]
                total[i] = 0
            }
            for k in 1..<size { for i in 0..<inner { top[i] = max(top[i], px[k * inner + i]) } }
            for k in 0..<size {
                for i in 0..<inner {
                    let e = expf(px[k * inner + i] - top[i])
                    po[k * inner + i] = e
                    total[i] += e
                }
            }
            if log {
                for i in 0..<inner { total[i] = logf(total[i]) }
                for k in 0..<size {
                    for i in 0..<inner { po[k * inner + i] = (px[k * inner + i] - top[i]) - total[i] }
                }
            } else {
                for i in 0..<inner { total[i] = 1 / total[i] }
                for k in 0..<size { for i in 0..<inner { po[k * inner + i] *= total[i] } }
            }
        }
    }

    /// `log Σ_k exp(row[k])` of one contiguous row of `count > 0` values.
    @inline(__always)
    static func logSumExp(_ row: UnsafePointer<Float>, _ count: Int) -> Float {
        var top = row[0]
        for k in 1..<count { top = max(top, row[k]) }
        var total: Float = 0
        for k in 0..<count { total += expf(row[k] - top) }
        return top + logf(total)
    }
}
