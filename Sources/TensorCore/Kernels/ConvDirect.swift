// Direct convolution for layers with a small patch (C * kh * kw, e.g. the 1-channel first layer
// of the reference ConvNet, K = 9), where im2col + sgemm runs far below peak because the GEMM's
// inner dimension is tiny. Each image's channels are copied once into a zero-padded buffer, so
// the inner loop has no bounds checks: 16 output columns are accumulated in registers over all
// kernel taps for four output channels at a time, and stored once.

extension ConvGeometry {
    /// Patches up to this size (C * kh * kw) use the direct kernel instead of im2col + sgemm.
    nonisolated(unsafe) static var directPatchLimit = 32

    /// Whether the forward pass uses the direct kernel.
    var usesDirectForward: Bool { patchSize <= Self.directPatchLimit }

    /// `y = conv(x, w) + bias`, computed directly. `y` may be uninitialised.
    func directForward(
        input x: UnsafePointer<Float>, weight w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        output y: UnsafeMutablePointer<Float>
    ) {
        let lanes = 16
        let s = stride, kh = kernelHeight, kw = kernelWidth, K = patchSize, P = outPlane
        let blocks = (outWidth + lanes - 1) / lanes
        // Padded planes: rows cover every tap of every output row; columns every lane of the
        // last (partial) block.
        let ph = (outHeight - 1) * s + kh
        let pw = max((blocks * lanes - 1) * s + kw, width + padding)
        let plane = ph * pw
        Workers.split(batch) { _, range in
            ScratchPool.shared.withBuffer(count: inChannels * plane + lanes) { padded in
                for n in range {
                    Lanes.pad(x + n * inImage, planes: inChannels, height: height, width: width, into: padded, rows: ph, columns: pw, top: padding, left: padding)
                    let out = y + n * outImage
                    var o = 0
                    while o + 4 <= outChannels {
                        directRows4(padded, pw: pw, plane: plane, weight: w + o * K, bias: bias.map { $0 + o }, out: out + o * P)
                        o += 4
                    }
                    while o < outChannels {
                        directRows1(padded, pw: pw, plane: plane, weight: w + o * K, bias: bias?[o] ?? 0, out: out + o * P)
                        o += 1
                    }
                }
            }
        }
    }

    /// Four output channels: `out[q] = bias[q] + sum over taps of w[q, tap] * padded[...]`.
    @inline(__always)
    private func directRows4(
        _ padded: UnsafePointer<Float>, pw: Int, plane: Int, weight w: UnsafePointer<Float>,
        bias: UnsafePointer<Float>?, out: UnsafeMutablePointer<Float>
    ) {
        typealias V = SIMD16<Float>
        let s = stride, kh = kernelHeight, kw = kernelWidth, K = patchSize, P = outPlane, wo = outWidth
        let b0 = V(repeating: bias?[0] ?? 0), b1 = V(repeating: bias?[1] ?? 0)
        let b2 = V(repeating: bias?[2] ?? 0), b3 = V(repeating: bias?[3] ?? 0)
        for oi in 0..<outHeight {
            for oj0 in Swift.stride(from: 0, to: wo, by: 16) {
                var a0 = b0, a1 = b1, a2 = b2, a3 = b3
                var tap = 0
                for c in 0..<inChannels {
                    for ki in 0..<kh {
                        let row = padded + c * plane + (oi * s + ki) * pw + oj0 * s
                        for kj in 0..<kw {
                            let v = Lanes.load(row + kj, stride: s)
                            a0 += w[tap] * v
                            a1 += w[K + tap] * v
                            a2 += w[2 * K + tap] * v
                            a3 += w[3 * K + tap] * v
                            tap += 1
                        }
                    }
                }
                let dst = out + oi * wo + oj0
                let n = min(16, wo - oj0)
                Lanes.store(a0, dst, n)
                Lanes.store(a1, dst + P, n)
                Lanes.store(a2, dst + 2 * P, n)
                Lanes.store(a3, dst + 3 * P, n)
            }
        }
    }

    /// One output channel (the remainder after blocks of four).
    private func directRows1(
        _ padded: UnsafePointer<Float>, pw: Int, plane: Int, weight w: UnsafePointer<Float>, bias: Float,
        out: UnsafeMutablePointer<Float>
    ) {
        let s = stride, kh = kernelHeight, kw = kernelWidth, wo = outWidth
        for oi in 0..<outHeight {
            for oj0 in Swift.stride(from: 0, to: wo, by: 16) {
                var a = SIMD16<Float>(repeating: bias)
                var tap = 0
                for c in 0..<inChannels {
                    for ki in 0..<kh {
                        let row = padded + c * plane + (oi * s + ki) * pw + oj0 * s
                        for kj in 0..<kw {
                            a += w[tap] * Lanes.load(row + kj, stride: s)
                            tap += 1
                        }
                    }
                }
                Lanes.store(a, out + oi * wo + oj0, min(16, wo - oj0))
            }
        }
    }
}
