import TensorCore

/// A building block of a network: a function of its input and of named parameters.
///
/// A layer holds only its configuration (sizes, strides, options). Its parameters live in a
/// `Parameters` list under a scope, the layer's dotted path in the network ("conv0",
/// "layer2.1.norm1"): a layer at scope "conv0" declares and reads "conv0.weight" and
/// "conv0.bias". So the same layer value serves any number of parameter sets, graph tensors
/// included (gradient matching and trajectory matching differentiate through them).
public protocol Layer {
    /// Declares this layer's parameters under `scope`, drawn as PyTorch initialises them.
    func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws

    /// Declares this layer's state (batch-norm running statistics) under `scope`; most
    /// layers have none.
    func declareState(in builder: inout ParameterBuilder, scope: String) throws

    /// The shape of the output for an input of shape `input` (batch axis first).
    /// - Throws: when the layer cannot take such an input; the message names the shapes.
    func outputShape(for input: [Int]) throws -> [Int]

    /// The output for the batch `x`, with the parameters (and state) of `context` under `scope`.
    func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor
}

extension Layer {
    /// No parameters.
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {}

    /// No state.
    public func declareState(in builder: inout ParameterBuilder, scope: String) throws {}
}

/// Joins a scope and a name with a dot ("conv0" + "weight" is "conv0.weight"); an empty scope
/// gives the name alone.
@inlinable
public func scoped(_ scope: String, _ name: String) -> String {
    scope.isEmpty ? name : scope + "." + name
}

/// Collects named tensors in declaration order while a model declares its parameters or state.
public struct ParameterBuilder {
    private var pairs: [(String, Tensor)] = []

    /// An empty builder.
    public init() {}

    /// Appends `tensor` under the name `scoped(scope, name)`.
    public mutating func add(_ scope: String, _ name: String, _ tensor: Tensor) {
        pairs.append((scoped(scope, name), tensor))
    }

    /// Appends a normalisation's affine parameters under `scope`: `weight` (ones) and `bias`
    /// (zeros) of `shape`, as PyTorch initialises them.
    public mutating func addAffine(_ scope: String, shape: [Int]) {
        add(scope, "weight", .ones(shape))
        add(scope, "bias", .zeros(shape))
    }

    /// The collected list.
    /// - Throws: when two tensors got the same name (two layers share a scope).
    public func build() throws -> Parameters { try Parameters(pairs) }
}

/// What a forward pass reads: the parameters, the state (read and, in training mode, updated
/// by batch norm) and the mode. One context serves one forward pass of one model.
public final class LayerContext {
    /// The parameters of the whole model.
    public let parameters: Parameters
    /// The state of the whole model; batch norm in training mode replaces its statistics.
    public var state: ModelState
    /// Training or inference (batch norm only).
    public let mode: ForwardMode

    /// A context for one forward pass.
    public init(parameters: Parameters, state: ModelState, mode: ForwardMode) {
        self.parameters = parameters
        self.state = state
        self.mode = mode
    }

    /// The parameter `scoped(scope, name)`.
    /// - Throws: when the parameters have no such tensor.
    public func parameter(_ scope: String, _ name: String) throws -> Tensor {
        try parameters.tensor(named: scoped(scope, name))
    }

    /// The state tensor `scoped(scope, name)`.
    /// - Throws: when the state has no such tensor.
    public func stateTensor(_ scope: String, _ name: String) throws -> Tensor {
        guard state.buffers.contains(scoped(scope, name)) else {
            throw NeuralNetError(
                "the model state has no \(scoped(scope, name)); pass the state made by this model's initialState() "
                    + "(a batch-norm model needs its running statistics)")
        }
        return try state.buffers.tensor(named: scoped(scope, name))
    }

    /// Replaces the state tensor `scoped(scope, name)`.
    /// - Throws: when the state has no such tensor or the shape differs.
    public func setStateTensor(_ scope: String, _ name: String, _ value: Tensor) throws {
        state.buffers = try state.buffers.replacing(scoped(scope, name), with: value)
    }
}

/// PyTorch's default initialisation of a conv or linear weight or bias: values drawn uniformly
/// from `[−1/√fanIn, 1/√fanIn)` (`kaiming_uniform_(a=√5)` gives exactly this bound).
/// - Throws: when `fanIn` is not positive.
public func pytorchDefaultUniform(_ shape: [Int], fanIn: Int, using generator: inout SeededGenerator) throws -> Tensor {
    guard fanIn > 0 else { throw NeuralNetError("initialisation: fan-in must be positive, got \(fanIn)") }
    let bound = 1 / Float(fanIn).squareRoot()
    return try Tensor.uniform(shape, low: -bound, high: bound, using: &generator)
}
