/// Reshaping: the same values in the same row-major order under a new shape. These operations
/// copy nothing (the value array is shared copy-on-write) and record one graph node.
extension Tensor {
    /// The values under a new shape with the same element count; one size may be -1, inferred.
    /// - Throws: when the counts differ, more than one size is -1, or a size is below -1.
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let resolved = try Shape.resolve(newShape, count: count, from: shape)
        if resolved == shape { return self }
        let value = Tensor(unchecked: resolved, scalars: scalars)
        return Tensor.recording(value, inputs: [self], backward: Derivatives.reshape(from: shape))
    }

    /// The axes from `startAxis` on merged into one: `[N, C, H, W].flatten(from: 1)` is
    /// `[N, C*H*W]`; the default gives a rank-1 tensor.
    /// - Throws: when `startAxis` is out of range.
    public func flatten(from startAxis: Int = 0) throws -> Tensor {
        if rank == 0 { return try reshape([1]) }
        let a = try Shape.normalize(axis: startAxis, rank: rank, op: "flatten(from:)", shape: shape)
        return try reshape(Array(shape[..<a]) + [Shape.count(Array(shape[a...]))])
    }

    /// A new axis of size 1 inserted at `axis` (`-1` appends one at the end).
    /// - Throws: when `axis` is outside `-(rank+1)...rank`.
    public func unsqueeze(axis: Int) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank + 1, op: "unsqueeze(axis:)", shape: shape)
        var newShape = shape
        newShape.insert(1, at: a)
        return try reshape(newShape)
    }

    /// The size-1 axis `axis` removed.
    /// - Throws: when the axis is out of range or its size is not 1.
    public func squeeze(axis: Int) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: "squeeze(axis:)", shape: shape)
        guard shape[a] == 1 else {
            throw TensorError("squeeze(axis:): axis \(axis) of shape \(shape) has size \(shape[a]), not 1")
        }
        var newShape = shape
        newShape.remove(at: a)
        return try reshape(newShape)
    }

    /// Every size-1 axis removed.
    public func squeeze() throws -> Tensor { try reshape(shape.filter { $0 != 1 }) }
}

extension Shape {
    /// `shape` with its one -1 (if any) replaced so that it holds `count` elements.
    /// - Throws: when that is impossible; the message names both shapes.
    static func resolve(_ shape: [Int], count: Int, from original: [Int]) throws -> [Int] {
        let inferred = shape.indices.filter { shape[$0] == -1 }
        guard inferred.count <= 1, shape.allSatisfy({ $0 >= -1 }) else {
            throw TensorError("reshape: shape \(shape) may hold one -1 and otherwise sizes >= 0")
        }
        guard let hole = inferred.first else {
            guard count == Shape.count(shape) else {
                throw TensorError.shapeMismatch(
                    "reshape", original, shape, "\(count) elements cannot take a shape of \(Shape.count(shape))")
            }
            return shape
        }
        let known = shape.enumerated().filter { $0.offset != hole }.reduce(1) { $0 * $1.element }
        guard known > 0, count % known == 0 else {
            throw TensorError.shapeMismatch(
                "reshape", original, shape, "\(count) elements do not divide into the known sizes")
        }
        var resolved = shape
        resolved[hole] = count / known
        return resolved
    }
}
