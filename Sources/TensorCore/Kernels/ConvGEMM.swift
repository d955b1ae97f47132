// Convolution by im2col + sgemm, for layers whose patch (C * kh * kw) is large enough that the
// matrix product dominates. The batch is processed in chunks whose column matrix fits in cache
// (`columnBudget`), never one matrix for the whole batch; chunks of several small images share
// one wide GEMM. Work buffers come from the scratch pool, one set per worker.
//
// Layouts: x [N, C, H, W], w [O, K] with K = C * kh * kw, y [N, O, P] with P = Ho * Wo.

extension ConvGeometry {
    /// The column-matrix budget per worker, in floats (a few MB: L2 plus part of the shared L3).
    nonisolated(unsafe) static var columnBudget = 1 << 20

    /// Images per chunk: as many as fit the budget, at least one.
    var chunk: Int { max(1, min(batch, Self.columnBudget / max(1, patchSize * outPlane))) }

    /// `y = conv(x, w) + bias` by im2col + sgemm. `y` may be uninitialised.
    func gemmForward(
        input x: UnsafePointer<Float>, weight w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        output y: UnsafeMutablePointer<Float>
    ) {
        let P = outPlane, K = patchSize, O = outChannels, chunk = self.chunk
        Workers.split(batch, minPerWorker: chunk) { _, range in
            ScratchPool.shared.withBuffer(count: K * chunk * P) { col in
                ScratchPool.shared.withBuffer(count: chunk > 1 ? O * chunk * P : 0) { wide in
                    for n0 in Swift.stride(from: range.lowerBound, to: range.upperBound, by: chunk) {
                        let B = min(chunk, range.upperBound - n0), cols = B * P
                        for b in 0..<B { im2col(image: x + (n0 + b) * inImage, columns: col + b * P, ld: cols) }
                        let direct = B == 1
                        let out = direct ? y + n0 * outImage : wide
                        BLAS.sgemm(m: O, n: cols, k: K, a: w, lda: K, b: col, ldb: cols, c: out, ldc: cols)
                        for b in 0..<B {
                            for o in 0..<O {
                                let src = out + o * cols + b * P
                                let dst = y + (n0 + b) * outImage + o * P
                                let shift = bias?[o] ?? 0
                                if direct {
                                    if shift != 0 { for p in 0..<P { dst[p] += shift } }
                                } else {
                                    for p in 0..<P { dst[p] = src[p] + shift }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `dx = convTranspose(gy, w)`: the gradient of the forward pass with respect to its input,
    /// by sgemm (`W^T gy`) + col2im. `dx` may be uninitialised.
    func gemmInputGradient(
        outputGrad gy: UnsafePointer<Float>, weight w: UnsafePointer<Float>, inputGrad dx: UnsafeMutablePointer<Float>
    ) {
        let P = outPlane, K = patchSize, O = outChannels, chunk = self.chunk
        Workers.split(batch, minPerWorker: chunk) { _, range in
            (dx + range.lowerBound * inImage).update(repeating: 0, count: range.count * inImage)
            ScratchPool.shared.withBuffer(count: K * chunk * P) { col in
                ScratchPool.shared.withBuffer(count: chunk > 1 ? O * chunk * P : 0) { wide in
                    for n0 in Swift.stride(from: range.lowerBound, to: range.upperBound, by: chunk) {
                        let B = min(chunk, range.upperBound - n0), cols = B * P
                        let g = gatherChunk(gy, first: n0, count: B, into: wide)
                        BLAS.sgemm(transA: true, m: K, n: cols, k: O, a: w, lda: K, b: g, ldb: cols, c: col, ldc: cols)
                        for b in 0..<B { col2im(columns: col + b * P, ld: cols, image: dx + (n0 + b) * inImage) }
                    }
                }
            }
        }
    }

    /// `dw = sum over the batch of gy * x^T` (the correlation of input and output gradient), by
    /// im2col + sgemm; each worker accumulates its own copy, summed at the end. `dw` may be
    /// uninitialised.
    func gemmWeightGradient(
        input x: UnsafePointer<Float>, outputGrad gy: UnsafePointer<Float>, weightGrad dw: UnsafeMutablePointer<Float>
    ) {
        let P = outPlane, K = patchSize, O = outChannels, chunk = self.chunk
        let workers = Workers.workers(for: batch, minPerWorker: chunk)
        ScratchPool.shared.withZeroedBuffer(count: workers * O * K) { partials in
            Workers.split(batch, minPerWorker: chunk) { worker, range in
                let acc = partials + worker * O * K
                ScratchPool.shared.withBuffer(count: K * chunk * P) { col in
                    ScratchPool.shared.withBuffer(count: chunk > 1 ? O * chunk * P : 0) { wide in
                        for n0 in Swift.stride(from: range.lowerBound, to: range.upperBound, by: chunk) {
                            let B = min(chunk, range.upperBound - n0), cols = B * P
                            for b in 0..<B { im2col(image: x + (n0 + b) * inImage, columns: col + b * P, ld: cols) }
                            let g = gatherChunk(gy, first: n0, count: B, into: wide)
                            BLAS.sgemm(
                                transB: true, m: O, n: K, k: cols, a: g, lda: cols, b: col, ldb: cols,
                                beta: 1, c: acc, ldc: K)
                        }
                    }
                }
            }
            dw.update(from: partials, count: O * K)
            for worker in 1..<max(1, workers) {
                let part = partials + worker * O * K
                for i in 0..<(O * K) { dw[i] += part[i] }
            }
        }
    }

    /// The output gradients of images `first..<first+count` as one `[O, count * P]` matrix: the
    /// image itself when `count == 1`, else a copy into `wide`.
    private func gatherChunk(
        _ gy: UnsafePointer<Float>, first: Int, count: Int, into wide: UnsafeMutablePointer<Float>
    ) -> UnsafePointer<Float> {
        let P = outPlane
        if count == 1 { return gy + first * outImage }
        for b in 0..<count {
            for o in 0..<outChannels {
                (wide + o * count * P + b * P).update(from: gy + (first + b) * outImage + o * P, count: P)
            }
        }
        return UnsafePointer(wide)
    }
}
