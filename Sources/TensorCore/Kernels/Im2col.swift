// im2col and its adjoint col2im: the rearrangements that turn a convolution into one matrix
// product. Row `r = (c * kh + ki) * kw + kj` and column `p = oi * Wo + oj` of the column matrix
// hold `x[c, oi * stride - padding + ki, oj * stride - padding + kj]`, zero outside the image.
//
// Both work on one image at a time and write into a column block of a wider matrix (leading
// dimension `ld`), so a chunk of images shares one GEMM. Loops run over the valid output range
// of each kernel offset, so the inner loop is a plain (strided) copy without branches.

extension ConvGeometry {
    /// Writes the `K x (Ho * Wo)` column matrix of one image into `columns` (row stride `ld`).
    func im2col(image x: UnsafePointer<Float>, columns: UnsafeMutablePointer<Float>, ld: Int) {
        let kh = kernelHeight, kw = kernelWidth, s = stride, wo = outWidth, w = width
        for c in 0..<inChannels {
            let plane = x + c * inPlane
            for ki in 0..<kh {
                let rows = validRows(kernelRow: ki)
                for kj in 0..<kw {
                    let row = columns + ((c * kh + ki) * kw + kj) * ld
                    let cols = validColumns(kernelColumn: kj)
                    let dx = kj - padding
                    for oi in 0..<outHeight {
                        let out = row + oi * wo
                        guard rows.contains(oi) else {
                            out.update(repeating: 0, count: wo)
                            continue
                        }
                        let src = plane + (oi * s - padding + ki) * w
                        for oj in 0..<cols.lowerBound { out[oj] = 0 }
                        if s == 1 {
                            (out + cols.lowerBound).update(from: src + cols.lowerBound + dx, count: cols.count)
                        } else {
                            for oj in cols { out[oj] = src[oj * s + dx] }
                        }
                        for oj in cols.upperBound..<wo { out[oj] = 0 }
                    }
                }
            }
        }
    }

    /// Adds the column matrix of one image (row stride `ld`) back onto the image: the adjoint
    /// of `im2col`. The image must be initialised (zero for a fresh gradient).
    func col2im(columns: UnsafePointer<Float>, ld: Int, image x: UnsafeMutablePointer<Float>) {
        let kh = kernelHeight, kw = kernelWidth, s = stride, wo = outWidth, w = width
        for c in 0..<inChannels {
            let plane = x + c * inPlane
            for ki in 0..<kh {
                let rows = validRows(kernelRow: ki)
                for kj in 0..<kw {
                    let row = columns + ((c * kh + ki) * kw + kj) * ld
                    let cols = validColumns(kernelColumn: kj)
                    let dx = kj - padding
                    for oi in rows {
                        let src = row + oi * wo
                        let dst = plane + (oi * s - padding + ki) * w
                        if s == 1 {
                            for oj in cols { dst[oj + dx] += src[oj] }
                        } else {
                            for oj in cols { dst[oj * s + dx] += src[oj] }
                        }
                    }
                }
            }
        }
    }
}
