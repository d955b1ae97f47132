import TensorCore

/// Whole-pixel moves of each image of a batch, the one kernel behind DSA's crop and flip, the
/// plain crop-and-flip augmentation and DC's crop (METHODS.md §3):
///
///     out[n, c, i, j] = x[n, c, i + rows[n], (mirrored[n] ? W − 1 − j : j) + columns[n]]
///
/// and a fill value where that source pixel lies outside the image. A translation with zeros
/// shifted in is `mirrored: [false]`; a horizontal flip is `rows: [0], columns: [0]`; a crop
/// followed by a flip is both at once. Each list holds one value per image, or a single value
/// shared by the whole batch.
struct PixelShift: Sendable, Equatable {
    /// Row offsets of the source.
    var rows: [Int]
    /// Column offsets of the source (applied after mirroring).
    var columns: [Int]
    /// Whether the width axis is reversed.
    var mirrored: [Bool]

    /// The adjoint move (with zero fill): the inverse map on the pixels that stay inside.
    /// Rows move back by `-rows`; a column `k = (m ? W − 1 − j : j) + o` came from
    /// `j = (m ? W − 1 − k : k) + (m ? o : −o)`.
    var adjoint: PixelShift {
        PixelShift(
            rows: rows.map { -$0 },
            columns: (0..<Swift.max(columns.count, mirrored.count)).map { b in
                element(mirrored, b) ? element(columns, b) : -element(columns, b)
            },
            mirrored: mirrored)
    }

    /// The number of images the lists describe: 1 when all are shared, else their common length.
    /// - Throws: when a list is empty or two per-image lists differ in length.
    func count(op: String) throws -> Int {
        try sampleCount([rows.count, columns.count, mirrored.count], op: op)
    }
}

extension Tensor {
    /// This batch of images `[N, C, H, W]` moved by `shift`, with `fill` (one value, or one per
    /// channel) where the source lies outside. Differentiable to any order in the images: the
    /// gradient is the adjoint move of the gradient, itself a move. One graph node; cost one
    /// copy of the batch.
    /// - Throws: when the images are not NCHW, the lists do not fit the batch, or `fill` has
    ///   neither 1 nor C values.
    func shiftedPixels(_ shift: PixelShift, fill: [Float] = [0]) throws -> Tensor {
        try NeuralNetError.checkImages(shape, op: "shiftedPixels")
        let (n, c, h, w) = (shape[0], shape[1], shape[2], shape[3])
        try checkFits(try shift.count(op: "shiftedPixels"), batch: n, op: "shiftedPixels")
        guard fill.count == 1 || fill.count == c else {
            throw NeuralNetError("shiftedPixels: give one fill value or one per channel (\(c)), not \(fill.count)")
        }
        let value = Tensor.build(shape) { out in
            withUnsafeBufferPointer { source in
                guard let src = source.baseAddress, let dst = out.baseAddress else { return }
                for b in 0..<n {
                    let (r, o, mirror) = (element(shift.rows, b), element(shift.columns, b), element(shift.mirrored, b))
                    for ch in 0..<c {
                        let f = element(fill, ch)
                        let plane = (b * c + ch) * h * w
                        for i in 0..<h {
                            let row = dst + plane + i * w
                            guard (0..<h).contains(i + r) else {
                                row.update(repeating: f, count: w)
                                continue
                            }
                            shiftRow(from: src + plane + (i + r) * w, to: row, width: w, offset: o, mirrored: mirror, fill: f)
                        }
                    }
                }
            }
        }
        let adjoint = shift.adjoint
        return Tensor.recording(value, inputs: [self]) { g, _ in [try g.shiftedPixels(adjoint)] }
    }
}

/// One row: `row[j] = source[(mirrored ? w − 1 − j : j) + offset]`, or `fill` outside `0..<w`.
private func shiftRow(
    from source: UnsafePointer<Float>, to row: UnsafeMutablePointer<Float>, width w: Int, offset o: Int, mirrored: Bool,
    fill: Float
) {
    if mirrored {
        for j in 0..<w {
            let k = w - 1 - j + o
            row[j] = k >= 0 && k < w ? source[k] : fill
        }
        return
    }
    let low = Swift.min(w, Swift.max(0, -o)), high = Swift.max(low, Swift.min(w, w - o))
    row.update(repeating: fill, count: low)
    if high > low { (row + low).update(from: source + low + o, count: high - low) }
    (row + high).update(repeating: fill, count: w - high)
}
