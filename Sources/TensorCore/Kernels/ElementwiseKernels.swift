// Elementwise kernels: one function applied to every element (map) or to every broadcast pair
// of elements (zip). Every elementwise operation computes its value through these two, so the
// fast paths live in one place:
// - same shape: one loop over both buffers;
// - a one-element operand against a tensor of the result's shape: one loop with a constant;
// - otherwise the general broadcast loop of `StridedLoop`, with the inner run specialised for
//   contiguous and constant operands.
// The function is a closure literal at each call site; both kernels are always inlined so it is
// inlined into the loops (no call per element, no allocation per element).

extension Tensor {
    /// A constant tensor of this shape holding `f(x)` for each element `x`.
    @inline(__always)
    func mapValues(_ f: (Float) -> Float) -> Tensor {
        Tensor.build(shape) { out in
            scalars.withUnsafeBufferPointer { x in
                for i in 0..<out.count { out[i] = f(x[i]) }
            }
        }
    }

    /// A constant tensor holding `f(a, b)` over the broadcast of the two shapes.
    /// - Throws: when the shapes cannot be broadcast; the message names `op` and both shapes.
    @inline(__always)
    static func zipValues(
        _ a: Tensor, _ b: Tensor, op: String, _ f: (Float, Float) -> Float
    ) throws -> Tensor {
        if a.shape == b.shape {
            return Tensor.build(a.shape) { out in
                a.scalars.withUnsafeBufferPointer { x in
                    b.scalars.withUnsafeBufferPointer { y in
                        for i in 0..<out.count { out[i] = f(x[i], y[i]) }
                    }
                }
            }
        }
        let shape = try Shape.broadcast(a.shape, b.shape, op: op)
        if b.count == 1 && shape == a.shape {
            let c = b.scalars[0]
            return a.mapValues { f($0, c) }
        }
        if a.count == 1 && shape == b.shape {
            let c = a.scalars[0]
            return b.mapValues { f(c, $0) }
        }
        let loop = StridedLoop(
            shape: shape,
            strides: [Shape.broadcastStrides(a.shape, to: shape), Shape.broadcastStrides(b.shape, to: shape)])
        let n = loop.innerCount
        let inner = loop.innerStrides
        let sa = inner[0], sb = inner[1]
        return Tensor.build(shape) { out in
            a.scalars.withUnsafeBufferPointer { x in
                b.scalars.withUnsafeBufferPointer { y in
                    guard let o0 = out.baseAddress, let x0 = x.baseAddress, let y0 = y.baseAddress else { return }
                    var o = o0
                    loop.forEachRun { offsets in
                        let px = x0 + offsets[0], py = y0 + offsets[1]
                        if sa == 1 && sb == 1 {
                            for j in 0..<n { o[j] = f(px[j], py[j]) }
                        } else if sb == 0 {
                            let c = py.pointee
                            for j in 0..<n { o[j] = f(px[j * sa], c) }
                        } else if sa == 0 {
                            let c = px.pointee
                            for j in 0..<n { o[j] = f(c, py[j * sb]) }
                        } else {
                            for j in 0..<n { o[j] = f(px[j * sa], py[j * sb]) }
                        }
                        o += n
                    }
                }
            }
        }
    }
}
