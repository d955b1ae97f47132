import TensorCore

/// Stochastic gradient descent with momentum and weight decay, as PyTorch's `torch.optim.SGD`
/// (dampening 0, not Nesterov):
/// `g ← g + weightDecay·p;  v ← momentum·v + g (v ← g at the first step);  p ← p − lr·v`.
///
/// Two forms: the in-place optimiser (`step`, fused loops over the values, no graph), and the
/// pure function `SGD.updated(...)` built from differentiable tensor operations, which returns
/// new parameters whose autodiff graph reaches the old parameters, the gradients and the
/// learning rate (unrolled updates: MTT, gradient matching's inner loop).
public struct SGD: Optimizer {
    /// The step size.
    public var learningRate: Float
    /// The momentum factor (0 for plain SGD).
    public let momentum: Float
    /// The L2 penalty added to each gradient.
    public let weightDecay: Float
    private var velocity: [[Float]]?

    /// An optimiser with the given step size, momentum and weight decay.
    public init(learningRate: Float, momentum: Float = 0, weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
    }

    /// One SGD update of every tensor (fused loop, no graph).
    public mutating func step(_ parameters: inout Parameters, gradients: [Tensor]) throws {
        try checkGradients(gradients, for: parameters, op: "SGD.step")
        let (lr, m, wd) = (learningRate, momentum, weightDecay)
        let first = velocity == nil
        var buffers = velocity ?? parameters.tensors.map { [Float](repeating: 0, count: m == 0 ? 0 : $0.count) }
        var updated: [Tensor] = []
        for (i, (p, g)) in zip(parameters.tensors, gradients).enumerated() {
            let next = p.withUnsafeBufferPointer { pp in
                g.withUnsafeBufferPointer { gg in
                    buffers[i].withUnsafeMutableBufferPointer { v in
                        Tensor.build(p.shape) { out in
                            for j in 0..<out.count {
                                var d = gg[j] + wd * pp[j]
                                if m != 0 {
                                    d = first ? d : m * v[j] + d
                                    v[j] = d
                                }
                                out[j] = pp[j] - lr * d
                            }
                        }
                    }
                }
            }
            updated.append(next)
        }
        parameters = try parameters.replacing(with: updated)
        velocity = buffers
    }

    /// Forgets the momentum buffers (the next step starts them afresh).
    public mutating func reset() { velocity = nil }

    /// One SGD step as a pure, differentiable function:
    /// `g' = g + weightDecay·p`, `v' = momentum·v + g'` (`v' = g'` without a previous
    /// velocity), `p' = p − learningRate·v'`.
    ///
    /// - Parameters:
    ///   - parameters: the current parameters (graph tensors allowed).
    ///   - gradients: their gradients, same names and shapes (from `grad(..., createGraph: true)`
    ///     to differentiate through the step).
    ///   - learningRate: a scalar tensor (MTT learns it) or a constant.
    ///   - velocity: the previous momentum buffer, nil at the first step.
    /// - Returns: the new parameters and the new velocity (nil when `momentum` is 0).
    /// - Throws: when the lists do not match or `learningRate` is not a scalar.
    public static func updated(
        _ parameters: Parameters, gradients: Parameters, learningRate: Tensor, momentum: Float = 0,
        weightDecay: Float = 0, velocity: Parameters? = nil
    ) throws -> (parameters: Parameters, velocity: Parameters?) {
        guard learningRate.count == 1 else {
            throw NeuralNetError("SGD.updated: the learning rate must be a scalar tensor, got shape \(learningRate.shape)")
        }
        let lr = try learningRate.reshape([])
        var direction = weightDecay == 0 ? gradients : try gradients.zip(parameters) { g, p in try g + weightDecay * p }
        var newVelocity: Parameters?
        if momentum != 0 {
            if let velocity { direction = try velocity.zip(direction) { v, d in try momentum * v + d } }
            newVelocity = direction
        }
        let next = try parameters.zip(direction) { p, d in try p - lr * d }
        return (next, newVelocity)
    }
}
