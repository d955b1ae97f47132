/// Softmax and log-softmax along one axis, numerically stable for any finite input.
///
/// Each is one fused pass (max, exponentials and normalisation per row) and records one graph
/// node. Cost: `O(count)` with one `exp` per element.
extension Tensor {
    /// `exp(x_k) / Σ_j exp(x_j)` along `axis` (negative counts from the end); every slice along
    /// the axis sums to 1. The shape is unchanged.
    /// - Throws: when `axis` is out of range for the tensor's rank.
    public func softmax(axis: Int = -1) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: "softmax(axis:)", shape: shape)
        let y = softmaxValues(axis: a, log: false)
        return Tensor.recording(y, inputs: [self], backward: Derivatives.softmax(self, y, axis: a))
    }

    /// `x_k − log Σ_j exp(x_j)` along `axis`: the logarithm of `softmax`, computed without
    /// forming it, so it stays finite where softmax underflows to 0. The shape is unchanged.
    /// - Throws: when `axis` is out of range for the tensor's rank.
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        let a = try Shape.normalize(axis: axis, rank: rank, op: "logSoftmax(axis:)", shape: shape)
        let y = softmaxValues(axis: a, log: true)
        return Tensor.recording(y, inputs: [self], backward: Derivatives.logSoftmax(self, y, axis: a))
    }

    /// The softmax (or log-softmax) values along a normalised axis, as a constant.
    func softmaxValues(axis: Int, log: Bool) -> Tensor {
        let layout = AxisLayout(shape: shape, axis: axis)
        return withUnsafeBufferPointer { x in
            Tensor.build(shape) { out in SoftmaxKernels.softmax(x, layout, log: log, into: out) }
        }
    }
}
