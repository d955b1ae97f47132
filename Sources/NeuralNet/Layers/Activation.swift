import TensorCore

/// An elementwise nonlinearity, by the reference code's names (METHODS §1): `relu`,
/// `leakyrelu` (slope 0.01), `sigmoid`, `swish` (x·σ(x)). No parameters; any input shape.
public enum Activation: String, CaseIterable, Sendable, Layer {
    /// max(x, 0).
    case relu = "relu"
    /// x for x > 0, else 0.01·x.
    case leakyRelu = "leakyrelu"
    /// 1 / (1 + e^−x).
    case sigmoid = "sigmoid"
    /// x·σ(x) (two ops: a sigmoid and a product).
    case swish = "swish"

    /// The activation named `name` ("relu", "leakyrelu", "sigmoid", "swish").
    /// - Throws: for any other name; the message lists the known ones.
    public init(named name: String) throws {
        guard let value = Activation(rawValue: name) else {
            throw NeuralNetError(
                "unknown activation \"\(name)\"; use one of \(Activation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = value
    }

    public func outputShape(for input: [Int]) throws -> [Int] { input }

    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        switch self {
        case .relu: return try x.relu()
        case .leakyRelu: return try x.leakyRelu(slope: 0.01)
        case .sigmoid: return try x.sigmoid()
        case .swish: return try x * x.sigmoid()
        }
    }
}
