import CellLanguage
import TensorCore

extension Prelude {
    /// Reshaping and reordering axes.
    static func registerTensorShapes(_ type: NativeTypeDefinition) {
        type.tensorMethod(
            "reshape", [Signature.positional("shape", .ints)],
            doc: "The same values in a new shape with the same count; one size may be -1 (inferred)."
        ) { t, args in try t.reshape(try args.ints(0)) }
        type.tensorMethod(
            "flatten", [Signature.labeled("from", .int, default: .int(0), text: "0")],
            doc: "The axes from `from` on merged into one: [N, C, H, W].flatten(from: 1) is [N, C·H·W]."
        ) { t, args in try t.flatten(from: try args.int(0)) }
        type.tensorMethod(
            "squeeze", [Signature.optional("axis", .int)],
            doc: "Without the size-1 axis `axis` (without every size-1 axis when none is given)."
        ) { t, args in
            guard let axis = args.optional(0)?.asInt else { return try t.squeeze() }
            return try t.squeeze(axis: axis)
        }
        type.tensorMethod(
            "unsqueeze", [Signature.labeled("axis", .int)], doc: "With a new size-1 axis at `axis`."
        ) { t, args in try t.unsqueeze(axis: try args.int(0)) }
        type.tensorMethod("transpose", doc: "A matrix with rows and columns swapped (the last two axes).") { t, _ in
            try t.transpose()
        }
        type.tensorMethod(
            "permute", [Signature.positional("axes", .ints)],
            doc: "The axes reordered: [N, C, H, W].permute([0, 2, 3, 1]) is [N, H, W, C]."
        ) { t, args in try t.permute(try args.ints(0)) }
    }

    /// `t[i]`, `t[i, j]`, `t[a..<b]`, `t[i, a...b]`: integers pick one position of an axis
    /// (the axis goes away), ranges keep a slice of it; missing trailing axes are kept whole.
    static func registerTensorSubscript(_ type: NativeTypeDefinition) {
        type.subscripting(
            doc: """
                t[i] is the i-th sub-tensor along the first axis (rank one less); t[i, j] goes \
                one axis deeper; a range keeps a slice: t[0..<10] is the first ten rows. \
                Indices start at 0; negative indices are an error, as in Swift.
                """,
            get: { receiver, indices, _ in
                .tensor(try index(try Prelude.receiver(receiver), indices))
            })
    }

    /// `tensor[indices]`.
    static func index(_ tensor: Tensor, _ indices: [Value]) throws -> Tensor {
        guard indices.count <= tensor.rank else {
            throw CellError("a tensor of shape \(tensor.shape) takes at most \(tensor.rank) indices, not \(indices.count)")
        }
        var result = tensor
        var axis = 0
        for index in indices {
            let size = result.shape[axis]
            switch index {
            case .int(let i):
                guard i >= 0, i < size else {
                    throw CellError("index \(i) is out of range for axis \(axis) of size \(size) (shape \(tensor.shape))")
                }
                result = try result.narrow(axis: axis, start: i, length: 1).squeeze(axis: axis)
            case .range(let range):
                guard let bounds = range.intRange else { throw CellError("a tensor is sliced by integer ranges, not \(index.typeName)") }
                guard bounds.lowerBound >= 0, bounds.upperBound <= size else {
                    throw CellError("range \(bounds.lowerBound)..<\(bounds.upperBound) is out of bounds for axis \(axis) of size \(size)")
                }
                result = try result.narrow(axis: axis, start: bounds.lowerBound, length: bounds.count)
                axis += 1
            default:
                throw CellError("a tensor index must be an Int or a range of Ints, not \(index.typeName)")
            }
        }
        return result
    }
}
