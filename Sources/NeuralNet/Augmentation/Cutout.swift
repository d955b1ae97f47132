import TensorCore

/// DSA's `cutout` token (METHODS.md §3, `rand_cutout`): a rectangle of each image set to zero.
extension Tensor {
    /// This batch `[N, C, H, W]` with, in every channel of image n, the rows
    /// `rows[n] − height/2 ..< rows[n] − height/2 + height` and the columns
    /// `columns[n] − width/2 ..< columns[n] − width/2 + width` (integer halves) set to zero,
    /// clamped to the image (the reference clamps the indices, which zeroes exactly the part of
    /// the rectangle inside the image). Lists hold N values or one shared value.
    ///
    /// The product with a constant 0/1 mask `[N or 1, 1, H, W]`: one graph node, differentiable
    /// to any order; cost one pass over the batch.
    func cutOut(rows: [Int], columns: [Int], height: Int, width: Int) throws -> Tensor {
        let (h, w) = (shape[2], shape[3])
        let count = Swift.max(rows.count, columns.count)
        let mask = Tensor.build([count, 1, h, w]) { m in
            m.update(repeating: 1)
            for b in 0..<count {
                let top = element(rows, b) - height / 2, left = element(columns, b) - width / 2
                let r0 = Swift.max(0, top), r1 = Swift.min(h, top + height)
                let c0 = Swift.max(0, left), c1 = Swift.min(w, left + width)
                guard r1 > r0, c1 > c0 else { continue }
                for i in r0..<r1 {
                    (m.baseAddress! + (b * h + i) * w + c0).update(repeating: 0, count: c1 - c0)
                }
            }
        }
        return try self * mask
    }
}
