import TensorCore

/// An elementwise nonlinearity, by the reference code's names (METHODS §1): `relu`,
/// `leakyrelu` (slope 0.01), `sigmoid`, `swish` (x·σ(x)). No parameters; any input shape.
public enum Activation: String, NamedOption, Sendable, Layer {
    /// max(x, 0).
    case relu = "relu"
    /// x for x > 0, else 0.01·x.
    case leakyRelu = "leakyrelu"
    /// 1 / (1 + e^−x).
    case sigmoid = "sigmoid"
    /// x·σ(x) (two ops: a sigmoid and a product).
    case swish = "swish"

    /// For messages: what this option is.
    public static let optionKind = "activation"

    /// The input shape, unchanged.
    public func outputShape(for input: [Int]) throws -> [Int] { input }

    /// The activation applied elementwise.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        switch self {
        case .relu: return try x.relu()
        case .leakyRelu: return try x.leakyRelu(slope: 0.01)
        case .sigmoid: return try x.sigmoid()
        case .swish: return try x * x.sigmoid()
        }
    }
}
