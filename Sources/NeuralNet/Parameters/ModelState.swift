import TensorCore

/// The state of a model that is not a parameter: the running statistics of its batch-norm
/// layers ("bn1.runningMean", "bn1.runningVariance"), as PyTorch's buffers.
///
/// Kept apart from `Parameters` so that models stay functions of their parameters: a forward
/// pass in training mode reads and updates the state (`state: inout ModelState`), one in
/// inference mode only reads it. Models without batch norm have an empty state.
public struct ModelState {
    /// The statistics as named tensors, in the order the layers declare them. Constants (no
    /// autodiff node).
    public internal(set) var buffers: Parameters

    /// A state holding `buffers`.
    public init(buffers: Parameters) { self.buffers = buffers }

    /// The state of a model without batch norm.
    public static let empty = ModelState(buffers: .empty)

    /// Whether there are no statistics (the model has no batch norm).
    public var isEmpty: Bool { buffers.tensorCount == 0 }
}

/// How a forward pass treats batch normalisation (the other layers behave the same in both).
public enum ForwardMode: Sendable {
    /// Batch statistics normalise the batch, and the running statistics are updated
    /// (PyTorch's `model.train()`).
    case training
    /// The running statistics normalise, and the state is left unchanged (`model.eval()`).
    case inference
}
