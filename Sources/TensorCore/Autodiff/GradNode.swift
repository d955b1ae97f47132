// The autodiff graph: define-by-run, reverse mode, higher order.
//
// Goals, in priority order:
// 1. Correct gradients of any order. Every backward rule is written with differentiable tensor
//    operations, so running backward while recording (createGraph) yields a graph that can be
//    differentiated again.
// 2. No cost when not differentiating: an operation on constants records nothing, and backward
//    without createGraph records nothing.
// 3. Memory that follows references: a node holds its parents and the tensors its rule needs;
//    the graph is a DAG from outputs to inputs, so it is freed when the last output goes.

/// One recorded operation (or a leaf) of the autodiff graph.
final class GradNode {
    /// The nodes of the operation's inputs, in order; nil for inputs that are constants.
    let parents: [GradNode?]
    /// Given the gradient with respect to this node's value and, per input, whether that input
    /// needs a gradient, returns one gradient per input (nil where not needed). Nil for leaves.
    let backward: BackwardRule?
    /// The shape of the value this node produced.
    let shape: [Int]

    /// A leaf: a tensor that gradients are taken with respect to.
    init(leafOfShape shape: [Int]) {
        self.parents = []
        self.backward = nil
        self.shape = shape
    }

    init(parents: [GradNode?], shape: [Int], backward: @escaping BackwardRule) {
        self.parents = parents
        self.backward = backward
        self.shape = shape
    }
}

/// A backward rule: `(gradient of the output, which inputs need gradients) -> input gradients`.
public typealias BackwardRule = (_ grad: Tensor, _ needed: [Bool]) throws -> [Tensor?]

/// Whether operations record themselves in the autodiff graph.
///
/// Recording is global to the process and meant for one thread: the numeric kernels may use
/// several threads internally, but tensor operations are issued from one.
public enum GradMode {
    nonisolated(unsafe) static var isRecording = true

    /// Whether operations are currently recorded.
    public static var isEnabled: Bool { isRecording }

    /// Runs `body` with recording switched on or off, restoring the previous state after.
    public static func with<R>(recording: Bool, _ body: () throws -> R) rethrows -> R {
        let saved = isRecording
        isRecording = recording
        defer { isRecording = saved }
        return try body()
    }
}

/// Runs `body` without recording any operation (as PyTorch's `torch.no_grad()`).
public func noGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradMode.with(recording: false, body)
}

extension Tensor {
    /// Attaches a backward rule to a freshly computed value.
    ///
    /// - Parameters:
    ///   - value: the result, computed on the inputs' values (any node it has is replaced).
    ///   - inputs: the operation's tensor inputs, in the order the rule returns gradients.
    ///   - backward: the rule; it must use differentiable tensor operations only, so that it can
    ///     be differentiated again. It captures whatever inputs or outputs it needs.
    /// - Returns: `value`, recorded in the graph when recording is on and some input is in it.
    public static func recording(
        _ value: Tensor, inputs: [Tensor], backward: @escaping BackwardRule
    ) -> Tensor {
        var result = value
        result.node = nil
        guard GradMode.isRecording, inputs.contains(where: { $0.node != nil }) else { return result }
        result.node = GradNode(parents: inputs.map(\.node), shape: value.shape, backward: backward)
        return result
    }
}
