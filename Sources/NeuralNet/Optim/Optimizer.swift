import TensorCore

/// An in-place optimiser: it keeps its own buffers (momentum, moments) and replaces the
/// parameters by updated ones, as a PyTorch optimiser's `step()` does.
public protocol Optimizer {
    /// The step size of the next update; schedules change it between epochs.
    var learningRate: Float { get set }

    /// Updates `parameters` by their `gradients` (one per tensor, in the parameters' order, as
    /// `grad(of:wrt:)` returns them). The results are constants (no autodiff node).
    /// - Throws: when the gradients do not match the parameters in count or shape.
    mutating func step(_ parameters: inout Parameters, gradients: [Tensor]) throws

    /// Forgets the buffers, as rebuilding the optimiser does (DC's learning-rate decay).
    mutating func reset()
}

extension Optimizer {
    /// Throws unless there is one gradient of the right shape per parameter tensor.
    func checkGradients(_ gradients: [Tensor], for parameters: Parameters, op: String) throws {
        guard gradients.count == parameters.tensorCount else {
            throw NeuralNetError("\(op): \(gradients.count) gradients for \(parameters.tensorCount) parameter tensors")
        }
        for (i, (p, g)) in zip(parameters.tensors, gradients).enumerated() where p.shape != g.shape {
            throw NeuralNetError("\(op): the gradient of \(parameters.names[i]) has shape \(g.shape), the parameter \(p.shape)")
        }
    }
}

/// The optimisers `train` can build: SGD (with momentum and weight decay) or Adam.
public enum OptimizerKind: Sendable, Equatable {
    /// `SGD(learningRate:momentum:weightDecay:)`.
    case sgd(momentum: Float, weightDecay: Float)
    /// `Adam(learningRate:beta1:beta2:eps:weightDecay:)` with PyTorch's defaults for the betas
    /// and eps.
    case adam(weightDecay: Float)

    /// A fresh optimiser of this kind with the given step size.
    public func make(learningRate: Float) -> any Optimizer {
        switch self {
        case .sgd(let momentum, let weightDecay):
            return SGD(learningRate: learningRate, momentum: momentum, weightDecay: weightDecay)
        case .adam(let weightDecay):
            return Adam(learningRate: learningRate, weightDecay: weightDecay)
        }
    }
}
