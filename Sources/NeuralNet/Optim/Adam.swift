import TensorCore
import Foundation

/// Adam (Kingma & Ba, 2015) as PyTorch's `torch.optim.Adam` (L2 weight decay added to the
/// gradient, not AdamW):
/// `g ← g + weightDecay·p;  m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;`
/// `p ← p − lr·(m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + eps)`. In place; fused loops, no graph.
public struct Adam: Optimizer {
    /// The step size.
    public var learningRate: Float
    /// Decay of the first-moment estimate (0.9).
    public let beta1: Float
    /// Decay of the second-moment estimate (0.999).
    public let beta2: Float
    /// Added to the denominator (1e-8).
    public let eps: Float
    /// The L2 penalty added to each gradient.
    public let weightDecay: Float
    private var moments: [(first: [Float], second: [Float])]?
    private var stepCount = 0

    /// An optimiser with PyTorch's defaults unless given.
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, eps: Float = 1e-8, weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
    }

    /// One Adam update of every tensor (fused loop, no graph).
    public mutating func step(_ parameters: inout Parameters, gradients: [Tensor]) throws {
        try checkGradients(gradients, for: parameters, op: "Adam.step")
        stepCount += 1
        var state = moments ?? parameters.tensors.map { ([Float](repeating: 0, count: $0.count), [Float](repeating: 0, count: $0.count)) }
        let correction1 = 1 - Float(pow(Double(beta1), Double(stepCount)))
        let correction2 = 1 - Float(pow(Double(beta2), Double(stepCount)))
        let (lr, b1, b2, eps, wd) = (learningRate, beta1, beta2, eps, weightDecay)
        var updated: [Tensor] = []
        for (i, (p, g)) in zip(parameters.tensors, gradients).enumerated() {
            let next = p.withUnsafeBufferPointer { pp in
                g.withUnsafeBufferPointer { gg in
                    Tensor.build(p.shape) { out in
                        for j in 0..<out.count {
                            let d = gg[j] + wd * pp[j]
                            let m = b1 * state[i].first[j] + (1 - b1) * d
                            let v = b2 * state[i].second[j] + (1 - b2) * d * d
                            state[i].first[j] = m
                            state[i].second[j] = v
                            out[j] = pp[j] - lr * (m / correction1) / ((v / correction2).squareRoot() + eps)
                        }
                    }
                }
            }
            updated.append(next)
        }
        parameters = try parameters.replacing(with: updated)
        moments = state
    }

    /// Forgets both moment estimates and the step count.
    public mutating func reset() {
        moments = nil
        stepCount = 0
    }
}
