/// A Cholesky factor L (K = LLᵀ) of a symmetric positive definite matrix that grows and shrinks
/// one row and column at a time: appending costs O(m²) and removing O(m²) (Givens rotations),
/// instead of O(m³) for a fresh factorisation. Storage is an m × m lower triangle, row-major,
/// inside a buffer of fixed capacity.
struct UpdatableCholesky {
    /// The maximal size.
    let capacity: Int
    /// The current size m.
    private(set) var size = 0
    /// L, row-major with row stride `capacity`; entries above the diagonal are unused.
    private var l: [Double]

    init(capacity: Int) {
        self.capacity = capacity
        l = [Double](repeating: 0, count: capacity * capacity)
    }

    /// Appends a row and column: `column` holds K's new off-diagonal entries (m values) and
    /// `diagonal` the new diagonal entry. Returns false, leaving the factor unchanged, when the
    /// enlarged matrix is not positive definite to working precision (its new pivot² would be
    /// below 1e-12 of the diagonal entry) or the capacity is reached.
    mutating func append(column: [Double], diagonal: Double) -> Bool {
        let m = size
        guard m < capacity, column.count == m, diagonal > 0 else { return false }
        var row = column
        var squares = 0.0
        for i in 0..<m {
            var sum = row[i]
            for k in 0..<i { sum -= l[i * capacity + k] * row[k] }
            row[i] = sum / l[i * capacity + i]
            squares += row[i] * row[i]
        }
        let pivot = diagonal - squares
        guard pivot > 1e-12 * diagonal else { return false }
        for k in 0..<m { l[m * capacity + k] = row[k] }
        l[m * capacity + m] = pivot.squareRoot()
        size = m + 1
        return true
    }

    /// Removes row and column `index` from K and updates L to match, by deleting L's row and
    /// restoring the triangle with Givens rotations on neighbouring columns.
    mutating func remove(at index: Int) {
        let m = size
        precondition(index >= 0 && index < m, "UpdatableCholesky.remove: index \(index) outside 0..<\(m)")
        for i in index..<(m - 1) {
            for k in 0...(i + 1) { l[i * capacity + k] = l[(i + 1) * capacity + k] }
        }
        // Row i (i ≥ index) now has an entry at column i + 1; rotate columns (i, i+1) to clear it.
        for i in index..<(m - 1) {
            let a = l[i * capacity + i], b = l[i * capacity + i + 1]
            let r = (a * a + b * b).squareRoot()
            let c = a / r, s = b / r
            for row in i..<(m - 1) {
                let x = l[row * capacity + i], y = l[row * capacity + i + 1]
                l[row * capacity + i] = c * x + s * y
                l[row * capacity + i + 1] = -s * x + c * y
            }
            l[i * capacity + i + 1] = 0
        }
        size = m - 1
    }

    /// Solves K x = b (b has m entries) by a forward and a backward substitution.
    func solve(_ b: [Double]) -> [Double] {
        let m = size
        var y = b
        for i in 0..<m {
            var sum = y[i]
            for k in 0..<i { sum -= l[i * capacity + k] * y[k] }
            y[i] = sum / l[i * capacity + i]
        }
        for i in stride(from: m - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<m { sum -= l[k * capacity + i] * y[k] }
            y[i] = sum / l[i * capacity + i]
        }
        return y
    }
}
