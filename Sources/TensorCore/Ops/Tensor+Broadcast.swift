/// Broadcasting as explicit operations: `broadcast(to:)` repeats values along new or size-1
/// axes, and `sumToShape(_:)` is its adjoint, the reduction every broadcasting backward rule
/// uses to return a gradient to its input's shape. Each is the other's derivative.
extension Tensor {
    /// This tensor repeated to `shape` under NumPy's rules (new leading axes, size-1 axes stretched).
    /// Cost: one strided copy of the result.
    /// - Throws: when this shape does not broadcast to `shape`; the message names both shapes.
    public func broadcast(to shape: [Int]) throws -> Tensor {
        if shape == self.shape { return self }
        let value = try broadcastValues(to: shape)
        return Tensor.recording(value, inputs: [self], backward: Derivatives.broadcast(from: self.shape))
    }

    /// The sum of this tensor over the axes that broadcasting `shape` to this tensor's shape
    /// would stretch, so the result has shape `shape`. The identity when the shapes are equal.
    /// - Throws: when `shape` does not broadcast to this tensor's shape.
    public func sumToShape(_ shape: [Int]) throws -> Tensor {
        if shape == self.shape { return self }
        guard shape.count <= rank, (try? Shape.broadcast(shape, self.shape, op: "sumToShape")) == self.shape else {
            throw TensorError.shapeMismatch(
                "sumToShape", self.shape, shape, "the target shape must broadcast to the tensor's shape")
        }
        let lead = rank - shape.count
        let axes = (0..<rank).filter { $0 < lead || (shape[$0 - lead] == 1 && self.shape[$0] != 1) }
        let value = Tensor(unchecked: shape, scalars: reduceValues(axes: axes, kind: .sum).scalars)
        return Tensor.recording(value, inputs: [self], backward: Derivatives.sumToShape(from: self.shape))
    }

    /// The values broadcast to `shape`, as a constant.
    func broadcastValues(to shape: [Int]) throws -> Tensor {
        if shape == self.shape { return detach() }
        guard shape.count >= rank, try Shape.broadcast(self.shape, shape, op: "broadcast(to:)") == shape else {
            throw TensorError.shapeMismatch(
                "broadcast(to:)", self.shape, shape, "each axis must be equal or 1, aligned from the right")
        }
        let srcStrides = Shape.broadcastStrides(self.shape, to: shape)
        return Tensor.build(shape) { out in
            scalars.withUnsafeBufferPointer { src in
                guard let s = src.baseAddress, let d = out.baseAddress else { return }
                stridedCopy(
                    sizes: shape, from: s, offset: 0, strides: srcStrides,
                    to: d, offset: 0, strides: Shape.strides(shape))
            }
        }
    }
}
