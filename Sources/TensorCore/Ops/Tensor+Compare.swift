/// Comparisons, masks and selection, with NumPy broadcasting.
///
/// A mask is an ordinary tensor of 0s and 1s (any nonzero value counts as true where a mask is
/// read). Comparisons are not differentiable: their result is a constant. `maximum`, `minimum`,
/// `where` and `maskedFill` are differentiable in their tensor operands.
extension Tensor {
    /// The larger of the two values at each broadcast position; ties send the gradient to `a`.
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let value = try zipValues(a, b, op: "maximum") { $0 >= $1 ? $0 : $1 }
        return recording(value, inputs: [a, b], backward: Derivatives.select(a, b, firstWhen: { $0 >= $1 }))
    }

    /// The smaller of the two values at each broadcast position; ties send the gradient to `a`.
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let value = try zipValues(a, b, op: "minimum") { $0 <= $1 ? $0 : $1 }
        return recording(value, inputs: [a, b], backward: Derivatives.select(a, b, firstWhen: { $0 <= $1 }))
    }

    /// 1 where `self > other`, else 0 (broadcast).
    public func greater(_ other: Tensor) throws -> Tensor { try Tensor.zipValues(self, other, op: "greater") { $0 > $1 ? 1 : 0 } }
    /// 1 where `self >= other`, else 0 (broadcast).
    public func greaterEqual(_ other: Tensor) throws -> Tensor { try Tensor.zipValues(self, other, op: "greaterEqual") { $0 >= $1 ? 1 : 0 } }
    /// 1 where `self < other`, else 0 (broadcast).
    public func less(_ other: Tensor) throws -> Tensor { try Tensor.zipValues(self, other, op: "less") { $0 < $1 ? 1 : 0 } }
    /// 1 where `self <= other`, else 0 (broadcast).
    public func lessEqual(_ other: Tensor) throws -> Tensor { try Tensor.zipValues(self, other, op: "lessEqual") { $0 <= $1 ? 1 : 0 } }
    /// 1 where `self == other`, else 0 (broadcast).
    public func equal(_ other: Tensor) throws -> Tensor { try Tensor.zipValues(self, other, op: "equal") { $0 == $1 ? 1 : 0 } }
    /// 1 where `self != other`, else 0 (broadcast).
    public func notEqual(_ other: Tensor) throws -> Tensor { try Tensor.zipValues(self, other, op: "notEqual") { $0 != $1 ? 1 : 0 } }

    /// 1 where `self > c`, else 0.
    public func greater(_ c: Float) throws -> Tensor { mapValues { $0 > c ? 1 : 0 } }
    /// 1 where `self >= c`, else 0.
    public func greaterEqual(_ c: Float) throws -> Tensor { mapValues { $0 >= c ? 1 : 0 } }
    /// 1 where `self < c`, else 0.
    public func less(_ c: Float) throws -> Tensor { mapValues { $0 < c ? 1 : 0 } }
    /// 1 where `self <= c`, else 0.
    public func lessEqual(_ c: Float) throws -> Tensor { mapValues { $0 <= c ? 1 : 0 } }
    /// 1 where `self == c`, else 0.
    public func equal(_ c: Float) throws -> Tensor { mapValues { $0 == c ? 1 : 0 } }
    /// 1 where `self != c`, else 0.
    public func notEqual(_ c: Float) throws -> Tensor { mapValues { $0 != c ? 1 : 0 } }

    /// `a` where `mask` is nonzero, `b` elsewhere; the three shapes broadcast together.
    /// The mask is a constant; gradients flow to `a` and `b` where each is selected.
    /// - Throws: when the shapes cannot be broadcast; the message names the shapes.
    public static func `where`(_ mask: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try Shape.broadcast(try Shape.broadcast(mask.shape, a.shape, op: "where"), b.shape, op: "where")
        let m = try mask.detach().broadcastValues(to: shape).mapValues { $0 != 0 ? 1 : 0 }
        let ab = try a.detach().broadcastValues(to: shape)
        let bb = try b.detach().broadcastValues(to: shape)
        let out = Tensor.build(shape) { o in
            m.scalars.withUnsafeBufferPointer { mp in
                ab.scalars.withUnsafeBufferPointer { ap in
                    bb.scalars.withUnsafeBufferPointer { bp in
                        for i in 0..<o.count { o[i] = mp[i] != 0 ? ap[i] : bp[i] }
                    }
                }
            }
        }
        return recording(out, inputs: [a, b], backward: Derivatives.where(m, a.shape, b.shape))
    }

    /// This tensor with `value` written wherever `mask` is nonzero (the mask broadcasts to this
    /// tensor's shape). Differentiable in `self`; the filled positions get no gradient.
    /// - Throws: when the mask does not broadcast to this tensor's shape.
    public func maskedFill(_ mask: Tensor, with value: Float) throws -> Tensor {
        guard try Shape.broadcast(mask.shape, shape, op: "maskedFill") == shape else {
            throw TensorError.shapeMismatch("maskedFill", mask.shape, shape, "the mask must broadcast to the tensor's shape")
        }
        return try Tensor.where(mask, Tensor(value), self)
    }
}
