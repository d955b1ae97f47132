import CellLanguage
import TensorCore

extension Prelude {
    /// `Tensor` and its functions: creation, operators, methods, subscripts, autodiff, files.
    static func registerTensors(into registry: NativeRegistry) {
        let type = registry.defineType(
            "Tensor", topic: Topic.tensors,
            doc: """
                An n-dimensional array of Float values with reverse-mode, higher-order autodiff \
                (TensorCore). Make one from numbers (`Tensor([[1, 2], [3, 4]])`), a shape \
                (`Tensor.zeros([2, 3])`), the run's random generator (`Tensor.normal([64, 10])`) \
                or a `.npy` file. `+ - * /` work elementwise with broadcasting and with numbers \
                on either side; methods reduce (`sum(axis:)`), transform (`relu()`), reshape \
                and index (`t[0]`, `t[0..<5]`). Images are NCHW: [batch, channels, height, width].
                """)
        registerTensorCreation(registry, type)
        registerTensorOperators(registry)
        registerTensorProperties(type)
        registerTensorMath(type)
        registerTensorReductions(type)
        registerTensorShapes(type)
        registerTensorSubscript(type)
        registerAutodiff(registry, type)
        registerTensorFiles(registry, type)
    }
}

extension NativeTypeDefinition {
    /// A `Tensor` method that maps the receiver (and its arguments) to a new tensor.
    func tensorMethod(
        _ name: String, _ parameters: [Parameter] = [], doc: String,
        _ body: @escaping (Tensor, Arguments) throws -> Tensor
    ) {
        method(name, parameters: parameters, returns: .tensor, doc: doc) { args, _ in
            .tensor(try body(try args.receiverTensor, args))
        }
    }
}
