/// Backward rules of the shape and indexing operations: each is the adjoint data movement,
/// itself differentiable (slice ↔ pad, indexSelect ↔ indexAdd, gather ↔ scatterAdd).
extension Derivatives {
    /// reshape: g reshaped back.
    static func reshape(from shape: [Int]) -> BackwardRule {
        { g, _ in [try g.reshape(shape)] }
    }

    /// permute: g permuted by the inverse permutation.
    static func permute(inverse: [Int]) -> BackwardRule {
        { g, _ in [try g.permute(inverse)] }
    }

    /// slice: g padded with zeros back to the input's shape.
    static func slice(before: [Int], after: [Int]) -> BackwardRule {
        { g, _ in [try g.pad(before: before, after: after)] }
    }

    /// pad: g sliced back to the unpadded region.
    static func pad(before: [Int], shape: [Int]) -> BackwardRule {
        { g, _ in [try g.slice(starts: before, sizes: shape)] }
    }

    /// indexSelect: g's slices added at their indices into zeros of the input's shape.
    static func indexSelect(shape: [Int], axis: Int, indices: [Int]) -> BackwardRule {
        { g, _ in [try Tensor.zeros(shape).indexAdd(axis: axis, indices: indices, g)] }
    }

    /// indexAdd: g for the base, g's slices at the indices for the source.
    static func indexAdd(axis: Int, indices: [Int]) -> BackwardRule {
        { g, needed in [g, needed[1] ? try g.indexSelect(axis: axis, indices: indices) : nil] }
    }

    /// gather: g scattered (added) back to the gathered positions.
    static func gather(shape: [Int], axis: Int, indices: Tensor) -> BackwardRule {
        { g, _ in [try Tensor.zeros(shape).scatterAdd(axis: axis, indices: indices, g)] }
    }

    /// scatterAdd: g for the base, g gathered at the indices for the source.
    static func scatterAdd(axis: Int, indices: Tensor) -> BackwardRule {
        { g, needed in [g, needed[1] ? try g.gather(axis: axis, indices: indices) : nil] }
    }

    /// concat: each input gets its own slice of g along the axis.
    static func concat(sizes: [Int], axis: Int) -> BackwardRule {
        { g, needed in
            var start = 0
            return try zip(sizes, needed).map { size, need in
                defer { start += size }
                return need ? try g.narrow(axis: axis, start: start, length: size) : nil
            }
        }
    }
}
