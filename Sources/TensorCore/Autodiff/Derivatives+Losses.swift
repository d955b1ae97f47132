// Backward rules of the losses: cross-entropy (hard and soft labels) and mean squared error.
//
// Cross-entropy rules re-attach the saved log-softmax to the logits with log-softmax's own
// rule, so second derivatives (gradient matching, unrolled training) flow without recomputing.

extension Derivatives {
    /// Mean cross-entropy of logits `z: [N, C]` against class indices, given the saved
    /// `log softmax(z)`: `dz = (softmax(z) − onehot(labels))·g/N`.
    static func crossEntropy(_ z: Tensor, oneHot: Tensor, logProbabilities: Tensor) -> BackwardRule {
        { g, _ in
            let ls = Tensor.recording(logProbabilities, inputs: [z], backward: logSoftmax(z, logProbabilities, axis: 1))
            return [try (ls.exp() - oneHot) * (g / Float(z.shape[0]))]
        }
    }

    /// Mean cross-entropy of logits `z: [N, C]` against probabilities `p: [N, C]`, given the
    /// saved `ls = log softmax(z)`: `dz = (softmax(z)·Σ_c p − p)·g/N`, `dp = −ls·g/N`.
    static func softCrossEntropy(_ z: Tensor, _ p: Tensor, logProbabilities: Tensor) -> BackwardRule {
        { g, needed in
            let ls = Tensor.recording(logProbabilities, inputs: [z], backward: logSoftmax(z, logProbabilities, axis: 1))
            let scale = try g / Float(z.shape[0])
            let dz = needed[0] ? try (ls.exp() * p.sum(axis: 1, keepDims: true) - p) * scale : nil
            let dp = needed[1] ? try -(ls * scale) : nil
            return [dz, dp]
        }
    }

    /// `L = (1/n)·Σ (a − b)²`: `da = (a − b)·2g/n`, `db = −da`.
    static func meanSquaredError(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        { g, needed in
            let da = try (a - b) * (g * (2 / Float(a.count)))
            return [needed[0] ? da : nil, needed[1] ? try -da : nil]
        }
    }
}
