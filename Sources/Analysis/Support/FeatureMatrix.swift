import TensorCore

/// A validated `[rows, columns]` table of features, one sample per row, as every analysis
/// function takes it: a rank-2 tensor of finite values.
///
/// It holds the tensor's storage (no copy) and the squared norm of each row, which every
/// GEMM-based distance computation needs.
struct FeatureMatrix {
    /// Samples (rows).
    let rows: Int
    /// Features per sample (columns).
    let columns: Int
    /// Row-major values, `rows * columns`.
    let values: [Float]

    /// Checks that `tensor` is `[N, D]` with at least `minimumRows` rows, `D ≥ 1` and only
    /// finite values; `operation` and `name` go into the error message.
    init(_ tensor: Tensor, operation: String, name: String = "features", minimumRows: Int = 1) throws {
        guard tensor.rank == 2 else {
            throw TensorError(
                "\(operation): \(name) must be a [samples, features] matrix, got shape \(tensor.shape); "
                    + "flatten images first, e.g. x.reshape([n, -1])")
        }
        let (n, d) = (tensor.shape[0], tensor.shape[1])
        guard n >= minimumRows else {
            throw TensorError("\(operation): \(name) has \(n) rows, needs at least \(minimumRows)")
        }
        guard d >= 1 else { throw TensorError("\(operation): \(name) has no feature columns (shape \(tensor.shape))") }
        if let bad = tensor.scalars.firstIndex(where: { !$0.isFinite }) {
            throw TensorError(
                "\(operation): \(name) holds a non-finite value (\(tensor.scalars[bad])) in row \(bad / d), "
                    + "column \(bad % d); remove or replace NaN and infinite values first")
        }
        rows = n
        columns = d
        values = tensor.scalars
    }

    /// Wraps values the caller has already validated (centres computed from validated data).
    init(unchecked values: [Float], rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The rows minus `mean` (one value per column).
    func centred(on mean: [Double]) -> FeatureMatrix {
        var out = values
        for i in 0..<rows {
            for j in 0..<columns { out[i * columns + j] -= Float(mean[j]) }
        }
        return FeatureMatrix(unchecked: out, rows: rows, columns: columns)
    }

    /// Checks that `other` has as many columns as `self`.
    func requireSameColumns(as other: FeatureMatrix, operation: String, names: (String, String)) throws {
        guard columns == other.columns else {
            throw TensorError(
                "\(operation): \(names.0) have \(columns) features per row but \(names.1) have \(other.columns); "
                    + "both must live in the same feature space")
        }
    }

    /// `‖row_i‖²` for every row: Float products summed in eight SIMD lanes, each row's lanes
    /// folded in Double (relative error about `1e-7·√(D/8)`).
    func squaredRowNorms() -> [Float] {
        values.withUnsafeBufferPointer { x in
            (0..<rows).map { i in
                let row = x.baseAddress! + i * columns
                var lanes = SIMD8<Float>()
                var j = 0
                while j + 8 <= columns {
                    let v = UnsafeRawPointer(row + j).loadUnaligned(as: SIMD8<Float>.self)
                    lanes += v * v
                    j += 8
                }
                var s = 0.0
                for lane in 0..<8 { s += Double(lanes[lane]) }
                while j < columns {
                    s += Double(row[j]) * Double(row[j])
                    j += 1
                }
                return Float(s)
            }
        }
    }
}
