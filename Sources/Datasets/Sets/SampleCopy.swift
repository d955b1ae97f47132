import TensorCore

/// Copies of whole samples (slices along axis 0) of a tensor `[N, ...]`: the data handling behind
/// selection, concatenation and batches. The results are constants (not recorded for autodiff).
enum SampleCopy {
    /// The samples of `tensor` at `indices`, in that order: shape `[indices.count, ...]`.
    /// The indices must lie in `0..<N` (callers check).
    static func gather(_ tensor: Tensor, _ indices: [Int]) -> Tensor {
        let sampleSize = Shape.count(Array(tensor.shape.dropFirst()))
        return tensor.withUnsafeBufferPointer { source in
            Tensor.build([indices.count] + tensor.shape.dropFirst()) { target in
                guard sampleSize > 0 else { return }
                for (row, index) in indices.enumerated() {
                    let from = source.baseAddress! + index * sampleSize
                    (target.baseAddress! + row * sampleSize).initialize(from: from, count: sampleSize)
                }
            }
        }
    }

    /// The samples of every tensor, one after another: shape `[ΣN, ...]`. The tensors must share
    /// their sample shape (callers check); there must be at least one.
    static func concatenate(_ tensors: [Tensor]) -> Tensor {
        let total = tensors.reduce(0) { $0 + $1.shape[0] }
        return Tensor.build([total] + tensors[0].shape.dropFirst()) { target in
            var offset = 0
            for tensor in tensors {
                tensor.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress, source.count > 0 else { return }
                    (target.baseAddress! + offset).initialize(from: base, count: source.count)
                    offset += source.count
                }
            }
        }
    }
}
