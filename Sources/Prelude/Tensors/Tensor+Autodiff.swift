import CellLanguage
import TensorCore

extension Prelude {
    /// `grad(of:wrt:createGraph:)`, `requiringGrad()`, `detach()`, and the losses one takes
    /// gradients of.
    static func registerAutodiff(_ registry: NativeRegistry, _ type: NativeTypeDefinition) {
        type.tensorMethod(
            "requiringGrad",
            doc: "The same values as a leaf of the autodiff graph: gradients can then be taken with respect to it."
        ) { t, _ in t.requiringGrad() }
        type.tensorMethod("detach", doc: "The same values cut off from the autodiff graph (a constant).") { t, _ in
            t.detach()
        }
        registry.define(
            "grad",
            parameters: [
                Signature.labeled("of", .tensor), Signature.labeled("wrt", .any),
                Signature.labeled("createGraph", .bool, default: .bool(false), text: "false"),
            ],
            returns: .any, topic: Topic.tensors,
            doc: """
                The gradient of a one-value tensor `of` with respect to `wrt` — a tensor made \
                with `requiringGrad()`, or an array of them (then an array of gradients comes \
                back). With `createGraph: true` the gradient is itself differentiable, so \
                `grad(of: grad(of: y, wrt: x, createGraph: true).sum(), wrt: x)` is a second \
                derivative.
                """
        ) { args, _ in
            let output = try args.tensor(0)
            let createGraph = try args.bool(2)
            if let single = args[1].asNative(TensorObject.self) {
                return .tensor(try TensorCore.grad(of: output, wrt: [single.tensor], createGraph: createGraph)[0])
            }
            guard let list = args[1].asArray else {
                throw CellError("grad(of:wrt:): 'wrt' must be a Tensor or an array of Tensors, not \(args[1].typeName)")
            }
            let inputs = try list.map { try Convert.tensor($0, "each tensor of 'wrt'") }
            return .array(try TensorCore.grad(of: output, wrt: inputs, createGraph: createGraph).map(Value.tensor))
        }
        registry.define(
            "crossEntropy", parameters: [Signature.labeled("logits", .tensor), Signature.labeled("labels", .any)],
            returns: .tensor, topic: Topic.tensors,
            doc: "The mean cross-entropy of logits [N, C] against N class labels (an [Int] or a tensor), as PyTorch's `F.cross_entropy`."
        ) { args, _ in
            .tensor(try Tensor.crossEntropy(logits: try args.tensor(0), labels: try Convert.ints(args[1], "labels")))
        }
        registry.define(
            "meanSquaredError", parameters: [Signature.positional("prediction", .tensor), Signature.positional("target", .tensor)],
            returns: .tensor, topic: Topic.tensors,
            doc: "The mean of the squared differences of two tensors of one shape."
        ) { args, _ in
            .tensor(try Tensor.meanSquaredError(try args.tensor(0), try args.tensor(1)))
        }
    }
}
