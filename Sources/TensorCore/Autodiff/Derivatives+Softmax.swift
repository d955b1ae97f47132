// Backward rules of softmax and log-softmax.
//
// The forward kernels save their (detached) outputs; a rule that needs the output as a
// function of the input re-attaches the saved value to the input with the op's own rule, so
// nothing is recomputed and every order of derivative flows through the same entries.

extension Derivatives {
    /// `y = softmax(x)` along `axis`: `dx = y·(g − Σ_axis g·y)`.
    static func softmax(_ x: Tensor, _ y: Tensor, axis: Int) -> BackwardRule {
        { g, _ in
            let y = Tensor.recording(y, inputs: [x], backward: softmax(x, y, axis: axis))
            return [try y * (g - (g * y).sum(axis: axis, keepDims: true))]
        }
    }

    /// `y = log softmax(x)` along `axis`: `dx = g − softmax(x)·Σ_axis g`, with
    /// `softmax(x) = exp(y)`.
    static func logSoftmax(_ x: Tensor, _ y: Tensor, axis: Int) -> BackwardRule {
        { g, _ in
            let y = Tensor.recording(y, inputs: [x], backward: logSoftmax(x, y, axis: axis))
            return [try g - y.exp() * g.sum(axis: axis, keepDims: true)]
        }
    }
}
