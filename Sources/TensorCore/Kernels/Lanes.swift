/// Sixteen-lane helpers of the direct convolution kernels: loads, partial stores, and the
/// zero-padded copies that let their inner loops run without bounds checks.
enum Lanes {
    typealias Vector = SIMD16<Float>

    /// Sixteen values `p[0], p[s], ..., p[15 * s]`.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, stride s: Int = 1) -> Vector {
        if s == 1 { return UnsafeRawPointer(p).loadUnaligned(as: Vector.self) }
        var v = Vector()
        for l in 0..<16 { v[l] = p[l * s] }
        return v
    }

    /// Stores the first `n` lanes of `v`.
    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>, _ n: Int) {
        if n == 16 {
            UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
        } else {
            for l in 0..<n { p[l] = v[l] }
        }
    }

    /// Adds the first `n` lanes of `v` to `p`.
    @inline(__always)
    static func add(_ v: Vector, to p: UnsafeMutablePointer<Float>, _ n: Int) {
        if n == 16 {
            UnsafeMutableRawPointer(p).storeBytes(of: v + load(p), as: Vector.self)
        } else {
            for l in 0..<n { p[l] += v[l] }
        }
    }

    /// Copies `planes` planes of `height x width` into `rows x columns` planes, shifted down by
    /// `top` and right by `left` (negative values crop), with zeros everywhere else.
    static func pad(
        _ source: UnsafePointer<Float>, planes: Int, height: Int, width: Int,
        into padded: UnsafeMutablePointer<Float>, rows: Int, columns: Int, top: Int, left: Int
    ) {
        padded.update(repeating: 0, count: planes * rows * columns)
        let firstRow = max(0, -top), lastRow = min(height, rows - top)
        let firstColumn = max(0, -left), lastColumn = min(width, columns - left)
        guard firstRow < lastRow, firstColumn < lastColumn else { return }
        for p in 0..<planes {
            for i in firstRow..<lastRow {
                (padded + p * rows * columns + (i + top) * columns + firstColumn + left)
                    .update(from: source + p * height * width + i * width + firstColumn, count: lastColumn - firstColumn)
            }
        }
    }
}
