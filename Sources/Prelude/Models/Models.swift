import CellLanguage
import NeuralNet
import TensorCore

extension Prelude {
    /// `Model` (an architecture), `Parameters`, and the constructors `ConvNet(…)` and
    /// `Model(named:)`.
    static func registerModels(into registry: NativeRegistry) {
        let model = registry.defineType(
            "Model", topic: Topic.models,
            doc: """
                A network architecture — a function of its parameters, as DESIGN.md has it: \
                `model(x, parameters)` gives logits [N, classCount] for samples [N, C, H, W] \
                (batch norm, if any, uses the batch's statistics). It holds no weights: \
                `initialParameters()` draws a fresh set, `train` returns a TrainedModel.
                """)
        let parameters = registry.defineType(
            "Parameters", topic: Topic.models,
            doc: """
                A model's parameters: an ordered list of named tensors (conv0.weight, …, \
                classifier.bias). `p["conv0.weight"]` reads one; `requiringGrad()` makes all of \
                them leaves of the autodiff graph, so `grad(of:wrt: p.tensors)` differentiates \
                a loss with respect to every weight.
                """)
        registerModelConstructors(registry)
        registerModelMembers(model)
        registerParametersMembers(parameters)
    }

    /// `ConvNet(width:depth:norm:…)` and `Model(named:)`.
    static func registerModelConstructors(_ registry: NativeRegistry) {
        let shape = Signature.labeled("inputShape", .ints, default: Convert.value([1, 28, 28]), text: "[1, 28, 28]")
        let classes = Signature.labeled("classCount", .int, default: .int(10), text: "10")
        registry.define(
            "ConvNet",
            parameters: [
                Signature.labeled("width", .int, default: .int(128), text: "128"),
                Signature.labeled("depth", .int, default: .int(3), text: "3"),
                Signature.labeled("norm", .symbol, default: .symbol("instance"), text: ".instance"),
                Signature.labeled("activation", .symbol, default: .symbol("relu"), text: ".relu"),
                Signature.labeled("pooling", .symbol, default: .symbol("average"), text: ".average"),
                shape, classes,
            ],
            returns: .model, topic: Topic.models,
            doc: """
                The reference ConvNet of dataset distillation (METHODS.md §1): `depth` blocks of \
                3×3 convolution with `width` channels → normalisation (.instance, .batch, \
                .layer, .group, .none) → activation (.relu, .leakyRelu, .sigmoid, .swish) → 2×2 \
                pooling (.average, .max, .none), then a linear classifier on the flattened \
                features. ConvNet() on Fashion-MNIST has 317,706 parameters.
                """
        ) { args, _ in
            let network = try Network.convNet(
                inputShape: try args.ints(5), classCount: try args.int(6), width: try args.int(0), depth: try args.int(1),
                norm: try ModelOptions.norm(args[2]), activation: try ModelOptions.activation(args[3]),
                pooling: try ModelOptions.pooling(args[4]))
            return .boxed(network as any Model, .model)
        }
        registry.define(
            "Model", parameters: [Signature.labeled("named", .string), shape, classes], returns: .model, topic: Topic.models,
            doc: """
                An architecture of the reference code by name: "ConvNet", "ConvNetD1"…"ConvNetD8", \
                "ConvNetW32"…"ConvNetW256", "ConvNetBN", "ConvNetLN", "ConvNetGN", "ConvNetNN", \
                "ConvNetMP", "ConvNetNP", "ConvNetAS", "ConvNetAL", "MLP", "LeNet", "AlexNet", \
                "AlexNetBN", "VGG11", "VGG11BN", "ResNet18", "ResNet18BN" (cross-architecture tests).
                """
        ) { args, _ in
            .boxed(try Network.named(try args.string(0), inputShape: try args.ints(1), classCount: try args.int(2)) as any Model, .model)
        }
    }

    /// What an architecture is and does.
    static func registerModelMembers(_ type: NativeTypeDefinition) {
        func model(_ value: Value) throws -> any Model {
            try value.unboxed(.model)
        }
        type.property("name", type: .string, doc: "The architecture's name in the reference code.") { .string(try model($0).name) }
        type.property("inputShape", type: .ints, doc: "The shape of one sample, [C, H, W].") {
            Convert.value(try model($0).inputShape)
        }
        type.property("classCount", type: .int, doc: "The number of classes (logits per sample).") { .int(try model($0).classCount) }
        type.property("embeddingSize", type: .int, doc: "The number of penultimate features `features(_:of:)` returns per sample.") {
            .int(try model($0).embeddingSize)
        }
        type.property("parameterCount", type: .int, doc: "The number of scalar parameters.") {
            .int(try model($0).parameterCount())
        }
        type.method(
            "initialParameters", returns: .parameters,
            doc: "A fresh set of parameters with PyTorch's default initialisation, drawn from the run's generator."
        ) { args, context in
            var generator = context.seededGenerator()
            return .boxed(try args.receiver(.model).initialParameters(using: &generator), .parameters)
        }
        type.method(
            "callAsFunction", parameters: [Signature.positional("x", .tensor), Signature.positional("parameters", .parameters)],
            returns: .tensor,
            doc: "The logits [N, classCount] of samples x [N, C, H, W] under the given parameters, differentiable in both."
        ) { args, _ in
            let model = try args.receiver(.model)
            return .tensor(try model(try args.tensor(0), try args.unboxed(1, .parameters)))
        }
        type.method(
            "features", parameters: [Signature.positional("x", .tensor), Signature.positional("parameters", .parameters)],
            returns: .tensor,
            doc: "The penultimate features [N, embeddingSize] of samples x under the given parameters, differentiable in both."
        ) { args, _ in
            let model = try args.receiver(.model)
            return .tensor(try model.embed(try args.tensor(0), try args.unboxed(1, .parameters)))
        }
    }

    /// Names, tensors, subscripts by name, and the autodiff switches.
    static func registerParametersMembers(_ type: NativeTypeDefinition) {
        func parameters(_ value: Value) throws -> Parameters {
            try value.unboxed(.parameters)
        }
        type.property("names", type: .strings, doc: "The parameter names, in the model's order.") { Convert.value(try parameters($0).names) }
        type.property("tensors", type: .array(.tensor), doc: "The tensors, in the order of `names`.") {
            .array(try parameters($0).tensors.map(Value.tensor))
        }
        type.property("count", type: .int, doc: "The number of scalar values in all tensors.") { .int(try parameters($0).count) }
        type.property("shapes", type: .array(.ints), doc: "The shape of each tensor.") {
            .array(try parameters($0).shapes.map { Convert.value($0) })
        }
        type.subscripting(
            doc: "p[\"conv0.weight\"] is the tensor of that name.",
            get: { receiver, indices, _ in
                guard indices.count == 1, let name = indices[0].asString else {
                    throw CellError("Parameters are indexed by one name, such as p[\"conv0.weight\"]")
                }
                return .tensor(try parameters(receiver).tensor(named: name))
            })
        type.method("requiringGrad", returns: .parameters, doc: "Every tensor made a leaf of the autodiff graph.") { args, _ in
            .boxed(try args.receiver(.parameters).requiringGrad(), .parameters)
        }
        type.method("detached", returns: .parameters, doc: "Every tensor cut off from the autodiff graph.") { args, _ in
            .boxed(try args.receiver(.parameters).detached(), .parameters)
        }
        type.method(
            "replacing", parameters: [Signature.labeled("with", .array(.tensor))], returns: .parameters,
            doc: "The same names with new tensors of the same shapes (a hand-written SGD step: p.replacing(with: updated))."
        ) { args, _ in
            let tensors = try args.array(0).map { try Convert.tensor($0, "each tensor") }
            return .boxed(try args.receiver(.parameters).replacing(with: tensors), .parameters)
        }
    }
}

/// Architecture options as symbols: `.instance`, `.relu`, `.average`, ….
enum ModelOptions {
    static func norm(_ value: Value) throws -> Norm {
        try SymbolChoice.pick(value, "normalisation", [("instance", .instance), ("batch", .batch), ("layer", .layer), ("group", .group), ("none", Norm.none)])
    }

    static func activation(_ value: Value) throws -> Activation {
        try SymbolChoice.pick(value, "activation", [("relu", .relu), ("leakyRelu", .leakyRelu), ("sigmoid", .sigmoid), ("swish", .swish)])
    }

    static func pooling(_ value: Value) throws -> Pooling {
        try SymbolChoice.pick(value, "pooling", [("average", .average), ("max", .max), ("none", Pooling.none)])
    }
}
