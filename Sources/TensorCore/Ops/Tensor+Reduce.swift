/// Reductions over any set of axes: sum, mean, variance, max, min, and argmax/argmin along one
/// axis. Axes may be negative (counted from the end); an empty axis list reduces nothing; the
/// variants without axes reduce everything to a scalar. With `keepDims` the reduced axes stay
/// as size 1 (so the result broadcasts against the input).
///
/// Cost: one pass over the input, Double accumulation for sums.
extension Tensor {
    /// The sum over `axes`.
    /// - Throws: when an axis is out of range or repeated.
    public func sum(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        let axes = try Shape.normalize(axes: axes, rank: rank, op: "sum", shape: shape)
        if axes.isEmpty { return self }
        let kept = reduceValues(axes: axes, kind: .sum)
        let value = keepDims ? kept : Tensor(unchecked: Shape.removing(axes, from: shape), scalars: kept.scalars)
        return Tensor.recording(value, inputs: [self], backward: Derivatives.sum(from: shape, keptShape: kept.shape))
    }

    /// The sum along one axis.
    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor { try sum(axes: [axis], keepDims: keepDims) }

    /// The sum of all elements, as a scalar (0 for an empty tensor).
    public func sum() throws -> Tensor { try sum(axes: Array(0..<rank)) }

    /// The mean over `axes` (nan over an empty axis).
    /// - Throws: when an axis is out of range or repeated.
    public func mean(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        let normalized = try Shape.normalize(axes: axes, rank: rank, op: "mean", shape: shape)
        let n = normalized.reduce(1) { $0 * shape[$1] }
        return try sum(axes: normalized, keepDims: keepDims) / Float(n)
    }

    /// The mean along one axis.
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor { try mean(axes: [axis], keepDims: keepDims) }

    /// The mean of all elements, as a scalar.
    public func mean() throws -> Tensor { try mean(axes: Array(0..<rank)) }

    /// The variance over `axes`: the mean squared deviation from the mean (population, divisor
    /// n) or, with `unbiased`, Bessel-corrected (divisor n - 1, nan when n = 1).
    /// Computed in two passes (mean, then squared deviations), which is stable.
    /// - Throws: when an axis is out of range or repeated.
    public func variance(axes: [Int], unbiased: Bool = false, keepDims: Bool = false) throws -> Tensor {
        let normalized = try Shape.normalize(axes: axes, rank: rank, op: "variance", shape: shape)
        let n = normalized.reduce(1) { $0 * shape[$1] }
        let deviation = try self - mean(axes: normalized, keepDims: true)
        return try deviation.square().sum(axes: normalized, keepDims: keepDims) / Float(unbiased ? n - 1 : n)
    }

    /// The variance along one axis (see `variance(axes:unbiased:keepDims:)`).
    public func variance(axis: Int, unbiased: Bool = false, keepDims: Bool = false) throws -> Tensor {
        try variance(axes: [axis], unbiased: unbiased, keepDims: keepDims)
    }

    /// The variance of all elements, as a scalar.
    public func variance(unbiased: Bool = false) throws -> Tensor {
        try variance(axes: Array(0..<rank), unbiased: unbiased)
    }

    /// The maximum over `axes`. The gradient goes to the positions holding the maximum, shared
    /// equally among ties.
    /// - Throws: when an axis is out of range or repeated, or a reduced axis is empty.
    public func max(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        try extreme(axes: axes, keepDims: keepDims, kind: .max, op: "max")
    }

    /// The maximum along one axis.
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor { try max(axes: [axis], keepDims: keepDims) }

    /// The maximum of all elements, as a scalar.
    public func max() throws -> Tensor { try max(axes: Array(0..<rank)) }

    /// The minimum over `axes`; the gradient goes to the minimal positions, shared among ties.
    /// - Throws: when an axis is out of range or repeated, or a reduced axis is empty.
    public func min(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        try extreme(axes: axes, keepDims: keepDims, kind: .min, op: "min")
    }

    /// The minimum along one axis.
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor { try min(axes: [axis], keepDims: keepDims) }

    /// The minimum of all elements, as a scalar.
    public func min() throws -> Tensor { try min(axes: Array(0..<rank)) }

    /// The index of the first maximum along `axis`, as Float values (exact up to 2^24), so the
    /// result compares directly with label tensors: `logits.argmax(axis: 1).equal(labels)`.
    /// Not differentiable (the result is a constant).
    /// - Throws: when the axis is out of range or empty.
    public func argmax(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try argExtreme(axis: axis, keepDims: keepDims, largest: true, op: "argmax")
    }

    /// The index of the first minimum along `axis`, as Float values (see `argmax`).
    /// - Throws: when the axis is out of range or empty.
    public func argmin(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try argExtreme(axis: axis, keepDims: keepDims, largest: false, op: "argmin")
    }

    private func extreme(axes: [Int], keepDims: Bool, kind: ReductionKind, op: String) throws -> Tensor {
        let axes = try Shape.normalize(axes: axes, rank: rank, op: op, shape: shape)
        if axes.isEmpty { return self }
        if let empty = axes.first(where: { shape[$0] == 0 }) {
            throw TensorError("\(op): axis \(empty) of shape \(shape) is empty; a \(op) needs at least one value")
        }
        let kept = reduceValues(axes: axes, kind: kind)
        let value = keepDims ? kept : Tensor(unchecked: Shape.removing(axes, from: shape), scalars: kept.scalars)
        return Tensor.recording(value, inputs: [self], backward: Derivatives.extreme(of: self, kept: kept, axes: axes))
    }

    private func argExtreme(axis: Int, keepDims: Bool, largest: Bool, op: String) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: op, shape: shape)
        guard shape[a] > 0 else {
            throw TensorError("\(op): axis \(axis) of shape \(shape) is empty; there is no index to return")
        }
        let indices = argExtremeIndices(axis: a, largest: largest)
        var outShape = shape
        outShape[a] = 1
        return Tensor(unchecked: keepDims ? outShape : Shape.removing([a], from: shape), scalars: indices.map { Float($0) })
    }
}

extension Shape {
    /// Normalises a list of possibly negative axes to ascending distinct axes in `0..<rank`.
    /// - Throws: when an axis is out of range or appears twice.
    public static func normalize(axes: [Int], rank: Int, op: String, shape: [Int]) throws -> [Int] {
        let normalized = try axes.map { try normalize(axis: $0, rank: rank, op: op, shape: shape) }.sorted()
        for (a, b) in zip(normalized, normalized.dropFirst()) where a == b {
            throw TensorError("\(op): axis \(a) appears twice in \(axes) for shape \(shape); list each axis once")
        }
        return normalized
    }

    /// `shape` without the given (normalised) axes.
    static func removing(_ axes: [Int], from shape: [Int]) -> [Int] {
        shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    }
}
