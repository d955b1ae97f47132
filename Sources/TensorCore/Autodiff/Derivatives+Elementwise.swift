/// Backward rules of the elementwise operations (arithmetic, unary functions, selection).
/// Broadcast inputs get their gradient back through `sumToShape`.
extension Derivatives {
    /// a + c, and the gradient accumulation of the graph: dx = g.
    static let identity: BackwardRule = { g, _ in [g] }

    /// -a and c - a: dx = -g.
    static let negate: BackwardRule = { g, _ in [try -g] }

    /// a * c: dx = c g.
    static func scale(_ c: Float) -> BackwardRule {
        { g, _ in [try g * c] }
    }

    /// c / a: dx = -c g / a².
    static func reciprocal(_ c: Float, _ a: Tensor) -> BackwardRule {
        { g, _ in [try g * (-c) / a.square()] }
    }

    /// a + b: (g, g), each summed to its input's shape.
    static func add(_ sa: [Int], _ sb: [Int]) -> BackwardRule {
        { g, needed in
            [needed[0] ? try g.sumToShape(sa) : nil, needed[1] ? try g.sumToShape(sb) : nil]
        }
    }

    /// a - b: (g, -g).
    static func subtract(_ sa: [Int], _ sb: [Int]) -> BackwardRule {
        { g, needed in
            [needed[0] ? try g.sumToShape(sa) : nil, needed[1] ? try (-g).sumToShape(sb) : nil]
        }
    }

    /// a * b: (g b, g a).
    static func multiply(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        { g, needed in
            [needed[0] ? try (g * b).sumToShape(a.shape) : nil, needed[1] ? try (g * a).sumToShape(b.shape) : nil]
        }
    }

    /// a / b: (g / b, -g a / b²).
    static func divide(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        { g, needed in
            [
                needed[0] ? try (g / b).sumToShape(a.shape) : nil,
                needed[1] ? try (-(g * a) / b.square()).sumToShape(b.shape) : nil,
            ]
        }
    }

    /// exp(x): g y, with y = exp(x) re-attached to x.
    static func exp(_ x: Tensor, _ y: Tensor) -> BackwardRule {
        { g, _ in [try g * Tensor.recording(y, inputs: [x], backward: exp(x, y))] }
    }

    /// log(x): g / x.
    static func log(_ x: Tensor) -> BackwardRule {
        { g, _ in [try g / x] }
    }

    /// sqrt(x): g / (2 y), with y = sqrt(x) re-attached to x.
    static func sqrt(_ x: Tensor, _ y: Tensor) -> BackwardRule {
        { g, _ in [try g / (Tensor.recording(y, inputs: [x], backward: sqrt(x, y)) * 2)] }
    }

    /// x^p: g p x^(p-1).
    static func pow(_ x: Tensor, _ p: Float) -> BackwardRule {
        { g, _ in
            if p == 0 { return [try g * 0] }
            return [try g * (try x.pow(p - 1) * p)]
        }
    }

    /// a^b: (g b a^(b-1), g a^b log a).
    static func pow(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        { g, needed in
            [
                needed[0] ? try (g * b * a.pow(b - 1)).sumToShape(a.shape) : nil,
                needed[1] ? try (g * a.pow(b) * a.log()).sumToShape(b.shape) : nil,
            ]
        }
    }

    /// x²: 2 g x.
    static func square(_ x: Tensor) -> BackwardRule {
        { g, _ in [try g * (x * 2)] }
    }

    /// |x|: g sign(x), the sign a constant (0 at 0).
    static func abs(_ x: Tensor) -> BackwardRule {
        { g, _ in [try g * x.detach().mapValues { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }] }
    }

    /// clamp(x, lo, hi): g where lo <= x <= hi, else 0 (constant mask).
    static func clamp(_ x: Tensor, _ lower: Float, _ upper: Float) -> BackwardRule {
        { g, _ in [try g * x.detach().mapValues { $0 >= lower && $0 <= upper ? 1 : 0 }] }
    }

    /// relu (slope 0) and leaky relu: g where x > 0, slope g elsewhere, as one recorded op
    /// (`gatedBySign`) that keeps only x, which the forward node holds anyway: no mask tensor,
    /// and g is not kept (unrolled training records this once per layer and step).
    static func leakyRelu(_ x: Tensor, _ slope: Float) -> BackwardRule {
        let sign = x.detach()
        return { g, _ in [g.gatedBySign(of: sign, slope: slope)] }
    }

    /// sigmoid(x): g y (1 - y), with y re-attached to x.
    static func sigmoid(_ x: Tensor, _ y: Tensor) -> BackwardRule {
        { g, _ in
            let s = Tensor.recording(y, inputs: [x], backward: sigmoid(x, y))
            return [try g * (s * (1 - s))]
        }
    }

    /// tanh(x): g (1 - y²), with y re-attached to x.
    static func tanh(_ x: Tensor, _ y: Tensor) -> BackwardRule {
        { g, _ in
            let t = Tensor.recording(y, inputs: [x], backward: tanh(x, y))
            return [try g * (1 - t.square())]
        }
    }

    /// maximum/minimum: g to `a` where `firstWhen(a, b)`, else to `b` (constant mask).
    static func select(_ a: Tensor, _ b: Tensor, firstWhen: @escaping (Float, Float) -> Bool) -> BackwardRule {
        { g, needed in
            let mask = try Tensor.zipValues(a.detach(), b.detach(), op: "select") { firstWhen($0, $1) ? 1 : 0 }
            return [
                needed[0] ? try (g * mask).sumToShape(a.shape) : nil,
                needed[1] ? try (g * (1 - mask)).sumToShape(b.shape) : nil,
            ]
        }
    }

    /// where(mask, a, b): g to `a` where the (broadcast, 0/1) mask is set, else to `b`.
    static func `where`(_ mask: Tensor, _ sa: [Int], _ sb: [Int]) -> BackwardRule {
        { g, needed in
            [
                needed[0] ? try (g * mask).sumToShape(sa) : nil,
                needed[1] ? try (g * (1 - mask)).sumToShape(sb) : nil,
            ]
        }
    }
}

extension Tensor {
    /// This gradient where `x > 0` and `slope` times it elsewhere (`x` a constant of the same
    /// shape): the backward pass of leaky relu. Linear in this tensor, so its own gradient is
    /// the same gate; the derivative with respect to `x` is zero almost everywhere.
    func gatedBySign(of x: Tensor, slope: Float) -> Tensor {
        let value = Tensor.build(shape) { out in
            withUnsafeBufferPointer { g in
                x.withUnsafeBufferPointer { x in
                    for i in 0..<out.count { out[i] = x[i] > 0 ? g[i] : slope * g[i] }
                }
            }
        }
        return Tensor.recording(value, inputs: [self], backward: { gg, _ in [gg.gatedBySign(of: x, slope: slope)] })
    }
}
