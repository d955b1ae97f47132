import CellLanguage
import Datasets
import TensorCore

extension Prelude {
    /// Tensors to and from NumPy `.npy` files.
    static func registerTensorFiles(_ registry: NativeRegistry, _ type: NativeTypeDefinition) {
        registry.define(
            "Tensor", parameters: [Signature.labeled("contentsOf", .string)], returns: .tensor, topic: Topic.tensors,
            doc: "The tensor stored in a NumPy `.npy` file (float32, float64 or integer, C order), as `np.save` writes it."
        ) { args, _ in
            .tensor(try NPY.loadTensor(from: try args.string(0)))
        }
        type.method(
            "save", parameters: [Signature.labeled("to", .string)], doc: "Writes the tensor to a `.npy` file (float32), atomically; `np.load` reads it."
        ) { args, _ in
            try NPY.save(try args.receiverTensor, to: try args.string(0))
            return .void
        }
    }
}
