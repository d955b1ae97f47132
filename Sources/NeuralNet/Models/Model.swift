import TensorCore

/// A classifier that is a function of its parameters: `model(x, parameters)`.
///
/// Models hold no weights. `initialParameters(using:)` draws a fresh set (PyTorch's default
/// initialisation), and every forward pass takes the parameters to use, graph tensors included,
/// so gradient matching, trajectory matching and unrolled training differentiate through them.
/// The only other input is the batch-norm state, passed explicitly (`ModelState`).
///
/// Inputs are `[N] + inputShape` (`[N, C, H, W]` for images); logits are `[N, classCount]`;
/// `embed` gives the features the classifier reads, `[N, embeddingSize]` (DM, DREAM and
/// coverage use them).
public protocol Model {
    /// The reference code's name of this architecture, e.g. "ConvNet", "ResNet18BN".
    var name: String { get }
    /// The shape of one input sample, e.g. `[1, 28, 28]`.
    var inputShape: [Int] { get }
    /// The number of classes (logits per sample).
    var classCount: Int { get }
    /// The number of features `embed` returns per sample.
    var embeddingSize: Int { get }

    /// A fresh set of parameters drawn from `generator`; the same generator state gives the
    /// same parameters.
    func initialParameters(using generator: inout SeededGenerator) throws -> Parameters

    /// The initial state: running means 0 and variances 1 for each batch norm; empty without.
    func initialState() throws -> ModelState

    /// The penultimate features `[N, embeddingSize]` of the batch `x` `[N] + inputShape`.
    /// In `.training` mode batch norm uses batch statistics and updates `state`.
    func embed(_ x: Tensor, _ parameters: Parameters, state: inout ModelState, mode: ForwardMode) throws -> Tensor

    /// The logits `[N, classCount]` computed from features `[N, embeddingSize]`.
    func classify(_ features: Tensor, _ parameters: Parameters) throws -> Tensor
}

extension Model {
    /// The logits `[N, classCount]` of the batch `x` `[N] + inputShape`. In `.training` mode
    /// batch norm uses batch statistics and updates `state`; in `.inference` it uses `state`.
    public func callAsFunction(
        _ x: Tensor, _ parameters: Parameters, state: inout ModelState, mode: ForwardMode
    ) throws -> Tensor {
        try classify(embed(x, parameters, state: &state, mode: mode), parameters)
    }

    /// The logits of `x` in training mode, batch norm (if any) normalising by the batch's own
    /// statistics and the running statistics discarded: the form gradient matching and
    /// trajectory matching use.
    public func callAsFunction(_ x: Tensor, _ parameters: Parameters) throws -> Tensor {
        var state = try initialState()
        return try self(x, parameters, state: &state, mode: .training)
    }

    /// The features of `x` in training mode with the running statistics discarded (as
    /// `callAsFunction(_:_:)`).
    public func embed(_ x: Tensor, _ parameters: Parameters) throws -> Tensor {
        var state = try initialState()
        return try embed(x, parameters, state: &state, mode: .training)
    }

    /// Whether the model has batch norm (and so a non-empty state).
    public var hasBatchNorm: Bool { (try? initialState().isEmpty) == false }

    /// The number of scalar parameters (PyTorch's `sum(p.numel() for p in model.parameters())`).
    public func parameterCount() throws -> Int {
        var generator = SeededGenerator(seed: 0)
        return try initialParameters(using: &generator).count
    }
}
