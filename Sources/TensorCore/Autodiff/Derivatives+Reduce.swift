/// Backward rules of reductions and of broadcasting, which are each other's adjoints.
extension Derivatives {
    /// sum over axes: g (with reduced axes restored as size 1) broadcast back to the input.
    static func sum(from shape: [Int], keptShape: [Int]) -> BackwardRule {
        { g, _ in [try g.reshape(keptShape).broadcast(to: shape)] }
    }

    /// broadcast(to:): g summed back to the input's shape.
    static func broadcast(from shape: [Int]) -> BackwardRule {
        { g, _ in [try g.sumToShape(shape)] }
    }

    /// sumToShape: g broadcast back to the input's shape.
    static func sumToShape(from shape: [Int]) -> BackwardRule {
        { g, _ in [try g.broadcast(to: shape)] }
    }

    /// max/min over axes: g broadcast back, times a constant weight that is 1/(number of ties)
    /// at the positions holding the extreme and 0 elsewhere.
    static func extreme(of x: Tensor, kept: Tensor, axes: [Int]) -> BackwardRule {
        { g, _ in
            let mask = try Tensor.zipValues(x.detach(), kept, op: "max") { $0 == $1 ? 1 : 0 }
            let ties = mask.reduceValues(axes: axes, kind: .sum)
            let weight = try Tensor.zipValues(mask, ties, op: "max") { $0 / $1 }
            return [try g.reshape(kept.shape).broadcast(to: x.shape) * weight]
        }
    }
}
