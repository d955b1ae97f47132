import TensorCore

/// A naive n-dimensional array of `Double`, the reference that TensorCore's operations are
/// tested against.
///
/// Everything here is written the slow, obvious way: one multi-index per element, broadcasting
/// by explicit index mapping, reductions by collecting each group of values. It shares no code
/// with TensorCore's kernels, so agreement means something.
public struct Reference: CustomStringConvertible {
    /// The size of each axis.
    public var shape: [Int]
    /// The values in row-major order.
    public var values: [Double]

    /// A reference array from its shape and row-major values.
    public init(shape: [Int], values: [Double]) {
        precondition(values.count == shape.reduce(1, *), "Reference: \(values.count) values for shape \(shape)")
        self.shape = shape
        self.values = values
    }

    /// The values of a tensor, widened to Double.
    public init(_ tensor: Tensor) {
        self.init(shape: tensor.shape, values: tensor.scalars.map { Double($0) })
    }

    /// An array of `shape` whose element at each multi-index is `f(index)`.
    public init(shape: [Int], _ f: ([Int]) -> Double) {
        self.init(shape: shape, values: Reference.indices(of: shape).map(f))
    }

    /// Every multi-index of `shape` in row-major order.
    public static func indices(of shape: [Int]) -> [[Int]] {
        var result: [[Int]] = [[]]
        for size in shape {
            result = result.flatMap { prefix in (0..<size).map { prefix + [$0] } }
        }
        return result
    }

    /// The element at a multi-index.
    public subscript(_ index: [Int]) -> Double {
        var flat = 0
        for (i, size) in Swift.zip(index, shape) { flat = flat * size + i }
        return values[flat]
    }

    /// `f` applied to every element.
    public func map(_ f: (Double) -> Double) -> Reference {
        Reference(shape: shape, values: values.map(f))
    }

    /// The NumPy broadcast of two shapes, or nil when they do not broadcast.
    public static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        let pa = [Int](repeating: 1, count: rank - a.count) + a
        let pb = [Int](repeating: 1, count: rank - b.count) + b
        var out: [Int] = []
        for (x, y) in Swift.zip(pa, pb) {
            if x == y || y == 1 { out.append(x) } else if x == 1 { out.append(y) } else { return nil }
        }
        return out
    }

    /// The element that broadcasting this array to a larger shape places at `index`.
    public func broadcastElement(at index: [Int]) -> Double {
        let lead = index.count - shape.count
        return self[shape.indices.map { shape[$0] == 1 ? 0 : index[lead + $0] }]
    }

    /// `f(a, b)` over the broadcast of the two shapes.
    public static func zip(_ a: Reference, _ b: Reference, _ f: (Double, Double) -> Double) -> Reference {
        guard let shape = broadcastShape(a.shape, b.shape) else {
            preconditionFailure("Reference.zip: shapes \(a.shape) and \(b.shape) do not broadcast")
        }
        return Reference(shape: shape) { f(a.broadcastElement(at: $0), b.broadcastElement(at: $0)) }
    }

    /// `f` of the values of each group over `axes` (normalised), keeping reduced axes as size 1
    /// when `keepDims`.
    public func reduce(axes: [Int], keepDims: Bool, _ f: ([Double]) -> Double) -> Reference {
        var kept = shape
        for axis in axes { kept[axis] = 1 }
        let reducedShape = axes.map { shape[$0] }
        let out = Reference(shape: kept) { outIndex in
            let group = Reference.indices(of: reducedShape).map { offsets -> Double in
                var index = outIndex
                for (axis, o) in Swift.zip(axes, offsets) { index[axis] = o }
                return self[index]
            }
            return f(group)
        }
        if keepDims { return out }
        return Reference(shape: shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element), values: out.values)
    }

    /// The array with its axes reordered: result axis `i` is input axis `axes[i]`.
    public func permuted(_ axes: [Int]) -> Reference {
        Reference(shape: axes.map { shape[$0] }) { outIndex in
            var index = [Int](repeating: 0, count: shape.count)
            for (i, axis) in axes.enumerated() { index[axis] = outIndex[i] }
            return self[index]
        }
    }

    /// The matrix product of two rank-2 arrays.
    public static func matmul(_ a: Reference, _ b: Reference) -> Reference {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        precondition(b.shape[0] == k, "Reference.matmul: \(a.shape) x \(b.shape)")
        return Reference(shape: [m, n]) { ij in
            (0..<k).reduce(0.0) { $0 + a[[ij[0], $1]] * b[[$1, ij[1]]] }
        }
    }

    /// The shape and up to eight leading values.
    public var description: String { "Reference(shape: \(shape), \(values.prefix(8))\(values.count > 8 ? "…" : ""))" }
}
