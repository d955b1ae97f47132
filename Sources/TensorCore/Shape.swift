/// Shape arithmetic shared by every operation: element counts, strides, axis normalisation and
/// NumPy broadcasting.
public enum Shape {
    /// The number of elements of a tensor of this shape (1 for a scalar, 0 if any axis is 0).
    @inlinable
    public static func count(_ shape: [Int]) -> Int { shape.reduce(1, *) }

    /// Row-major strides, in elements.
    public static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    /// Maps a possibly negative axis into `0..<rank`, or throws naming the operation.
    public static func normalize(axis: Int, rank: Int, op: String, shape: [Int]) throws -> Int {
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0 && a < rank else { throw TensorError.badAxis(op, axis, shape: shape) }
        return a
    }

    /// The broadcast shape of two shapes under NumPy's rules: align trailing axes; each pair must
    /// be equal or contain a 1.
    public static func broadcast(_ a: [Int], _ b: [Int], op: String) throws -> [Int] {
        let rank = max(a.count, b.count)
        var out = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                out[i] = da
            } else if da == 1 {
                out[i] = db
            } else {
                throw TensorError(
                    "\(op): shapes \(a) and \(b) cannot be broadcast together "
                        + "(aligned from the right, each pair of sizes must be equal or 1)")
            }
        }
        return out
    }
}
