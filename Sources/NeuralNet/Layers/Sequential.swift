import TensorCore

/// Layers applied one after another, each under its own name: the child named "conv0" of a
/// sequential at scope "features" has its parameters under "features.conv0".
public struct Sequential: Layer {
    /// The children in order, with their names (unique among those that have parameters).
    public let layers: [(name: String, layer: any Layer)]

    /// A chain of named layers.
    public init(_ layers: [(name: String, layer: any Layer)]) {
        self.layers = layers
    }

    /// Declares every child's parameters, child `name` under `scope.name`.
    public func declareParameters(in builder: inout ParameterBuilder, scope: String, using generator: inout SeededGenerator) throws {
        for (name, layer) in layers {
            try layer.declareParameters(in: &builder, scope: scoped(scope, name), using: &generator)
        }
    }

    /// Declares every child's state, child `name` under `scope.name`.
    public func declareState(in builder: inout ParameterBuilder, scope: String) throws {
        for (name, layer) in layers { try layer.declareState(in: &builder, scope: scoped(scope, name)) }
    }

    /// The shape after every child in turn.
    public func outputShape(for input: [Int]) throws -> [Int] {
        try layers.reduce(input) { try $1.layer.outputShape(for: $0) }
    }

    /// The children applied in order.
    public func forward(_ x: Tensor, in context: LayerContext, scope: String) throws -> Tensor {
        var y = x
        for (name, layer) in layers { y = try layer.forward(y, in: context, scope: scoped(scope, name)) }
        return y
    }
}
