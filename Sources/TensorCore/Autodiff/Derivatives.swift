// The derivative table of TensorCore, in the spirit of PyTorch's `derivatives.yaml` and
// tinygrad's `gradient.py`: one short entry per primitive, grouped by op family in the
// `Derivatives+*.swift` files beside this one.
//
// Rules for every entry:
// 1. It is written with differentiable Tensor operations only, so that with
//    `grad(..., createGraph: true)` the backward pass records a graph that can be
//    differentiated again.
// 2. It captures the inputs it needs as they are (with their graph nodes), never the op's own
//    output: an output captured by its own rule would keep its node alive forever (a cycle).
//    A rule that wants the output (exp, sigmoid, tanh, sqrt) captures its detached value and
//    re-attaches it to the input with the same rule (`Tensor.recording`), so the value is not
//    recomputed and second derivatives still flow.
// 3. Masks of piecewise-linear ops (relu, clamp, max, abs) are constants: their derivative is
//    zero almost everywhere, so the rule is exact to every order away from the kinks.
// 4. A rule computes a gradient only for the inputs flagged as needed.

/// Namespace of the backward rules; each entry returns the `BackwardRule` of one primitive.
enum Derivatives {}
