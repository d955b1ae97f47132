// The two gradients of a small-patch convolution (C * kh * kw <= directPatchLimit), computed
// directly, for the same reason as the forward pass: with K = 9 the GEMMs of the im2col path
// have a tiny dimension and run at a fifth of peak.
//
// - Input gradient (stride 1): a correlation of the zero-padded output gradient with the
//   flipped kernel, summed over output channels; 16 input columns accumulate in registers.
// - Weight gradient (any stride): for each output channel and tap, the dot product of the
//   output gradient with the shifted, zero-padded input; four output channels share each load
//   of the input. Each worker sums its images into its own copy, added up at the end.

extension ConvGeometry {
    /// Whether the input gradient uses the direct kernel (small patch, stride 1).
    var usesDirectInputGradient: Bool { patchSize <= Self.directPatchLimit && stride == 1 }

    /// Whether the weight gradient uses the direct kernel.
    var usesDirectWeightGradient: Bool { patchSize <= Self.directPatchLimit }

    /// Output-gradient planes padded per block, so a block stays in L2.
    private static let planeBlock = 16

    /// `dx = convTranspose(gy, w)` for stride 1, directly. `dx` may be uninitialised.
    func directInputGradient(
        outputGrad gy: UnsafePointer<Float>, weight w: UnsafePointer<Float>, inputGrad dx: UnsafeMutablePointer<Float>
    ) {
        let kh = kernelHeight, kw = kernelWidth, K = patchSize, wd = width
        // Padded rows r hold output-gradient row r - (kh - 1 - padding); input row i reads
        // padded rows i ... i + kh - 1. Three spare zero rows let the last block of four input
        // rows run unguarded.
        let ph = height + kh - 1 + 3
        let pw = ((width + 15) / 16) * 16 + kw - 1
        let plane = ph * pw, block = Self.planeBlock
        Workers.split(batch) { _, range in
            ScratchPool.shared.withBuffer(count: block * plane + 16) { padded in
                for n in range {
                    let image = dx + n * inImage
                    image.update(repeating: 0, count: inImage)
                    for o0 in Swift.stride(from: 0, to: outChannels, by: block) {
                        let count = min(block, outChannels - o0)
                        Lanes.pad(
                            gy + n * outImage + o0 * outPlane, planes: count, height: outHeight, width: outWidth,
                            into: padded, rows: ph, columns: pw, top: kh - 1 - padding, left: kw - 1 - padding)
                        for c in 0..<inChannels {
                            for i in Swift.stride(from: 0, to: height, by: 4) {
                                for j0 in Swift.stride(from: 0, to: wd, by: 16) {
                                    // Four input rows at once: four independent sums share each weight.
                                    var a0 = Lanes.Vector(), a1 = Lanes.Vector(), a2 = Lanes.Vector(), a3 = Lanes.Vector()
                                    for o in 0..<count {
                                        let taps = w + (o0 + o) * K + c * kh * kw
                                        for ki in 0..<kh {
                                            let row = padded + o * plane + (i + kh - 1 - ki) * pw + j0 + kw - 1
                                            for kj in 0..<kw {
                                                let t = taps[ki * kw + kj]
                                                a0 += t * Lanes.load(row - kj)
                                                a1 += t * Lanes.load(row + pw - kj)
                                                a2 += t * Lanes.load(row + 2 * pw - kj)
                                                a3 += t * Lanes.load(row + 3 * pw - kj)
                                            }
                                        }
                                    }
                                    let out = image + c * inPlane + i * wd + j0, lanes = min(16, wd - j0)
                                    Lanes.add(a0, to: out, lanes)
                                    if i + 1 < height { Lanes.add(a1, to: out + wd, lanes) }
                                    if i + 2 < height { Lanes.add(a2, to: out + 2 * wd, lanes) }
                                    if i + 3 < height { Lanes.add(a3, to: out + 3 * wd, lanes) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `dw = sum over images of gy * x^T`, directly. `dw` may be uninitialised.
    func directWeightGradient(
        input x: UnsafePointer<Float>, outputGrad gy: UnsafePointer<Float>, weightGrad dw: UnsafeMutablePointer<Float>
    ) {
        let s = stride, kh = kernelHeight, kw = kernelWidth, K = patchSize, wo = outWidth
        let ph = (outHeight - 1) * s + kh
        let pw = max((((wo + 15) / 16) * 16 - 1) * s + kw, width + padding)
        let plane = ph * pw, weights = outChannels * K
        let workers = Workers.workers(for: batch)
        ScratchPool.shared.withZeroedBuffer(count: workers * weights) { partials in
            Workers.split(batch) { worker, range in
                let acc = partials + worker * weights
                ScratchPool.shared.withBuffer(count: inChannels * plane + 16) { padded in
                    for n in range {
                        Lanes.pad(
                            x + n * inImage, planes: inChannels, height: height, width: width,
                            into: padded, rows: ph, columns: pw, top: padding, left: padding)
                        var o = 0
                        while o < outChannels {
                            let count = min(4, outChannels - o)
                            tapProducts(padded, pw: pw, plane: plane, grad: gy + n * outImage + o * outPlane, channels: count, into: acc + o * K)
                            o += count
                        }
                    }
                }
            }
            dw.update(from: partials, count: weights)
            for worker in 1..<max(1, workers) {
                let part = partials + worker * weights
                for i in 0..<weights { dw[i] += part[i] }
            }
        }
    }

    /// For up to four output channels: `acc[q * K + tap] += sum over output positions of
    /// grad[q, i, j] * padded[c, i * s + ki, j * s + kj]`.
    private func tapProducts(
        _ padded: UnsafePointer<Float>, pw: Int, plane: Int, grad g: UnsafePointer<Float>, channels: Int,
        into acc: UnsafeMutablePointer<Float>
    ) {
        let s = stride, kh = kernelHeight, kw = kernelWidth, K = patchSize, wo = outWidth, P = outPlane
        var tap = 0
        for c in 0..<inChannels {
            for ki in 0..<kh {
                for kj in 0..<kw {
                    var a0 = Lanes.Vector(), a1 = Lanes.Vector(), a2 = Lanes.Vector(), a3 = Lanes.Vector()
                    var tail: (Float, Float, Float, Float) = (0, 0, 0, 0)
                    for i in 0..<outHeight {
                        let row = padded + c * plane + (i * s + ki) * pw + kj
                        let gr = g + i * wo
                        var j0 = 0
                        while j0 + 16 <= wo {
                            let v = Lanes.load(row + j0 * s, stride: s)
                            a0 += Lanes.load(gr + j0) * v
                            if channels > 1 { a1 += Lanes.load(gr + P + j0) * v }
                            if channels > 2 { a2 += Lanes.load(gr + 2 * P + j0) * v }
                            if channels > 3 { a3 += Lanes.load(gr + 3 * P + j0) * v }
                            j0 += 16
                        }
                        for j in j0..<wo {
                            let v = row[j * s]
                            tail.0 += gr[j] * v
                            if channels > 1 { tail.1 += gr[P + j] * v }
                            if channels > 2 { tail.2 += gr[2 * P + j] * v }
                            if channels > 3 { tail.3 += gr[3 * P + j] * v }
                        }
                    }
                    acc[tap] += a0.sum() + tail.0
                    if channels > 1 { acc[K + tap] += a1.sum() + tail.1 }
                    if channels > 2 { acc[2 * K + tap] += a2.sum() + tail.2 }
                    if channels > 3 { acc[3 * K + tap] += a3.sum() + tail.3 }
                    tap += 1
                }
            }
        }
    }
}
