import CellLanguage
import TensorCore

extension Prelude {
    /// What a tensor is: `shape`, `rank`, `count`, `scalars`, `item()`.
    static func registerTensorProperties(_ type: NativeTypeDefinition) {
        type.property("shape", type: .ints, doc: "The size of each axis; [] for a scalar.") { value in
            Convert.value(try receiver(value).shape)
        }
        type.property("rank", type: .int, doc: "The number of axes.") { .int(try receiver($0).rank) }
        type.property("count", type: .int, doc: "The number of values (the product of the shape).") {
            .int(try receiver($0).count)
        }
        type.property("scalars", type: .doubles, doc: "Every value, flattened in row-major order, as Doubles.") {
            Convert.value(try receiver($0).scalars.map(Double.init))
        }
        type.property("requiresGrad", type: .bool, doc: "Whether gradients flow to or through this tensor.") {
            .bool(try receiver($0).requiresGrad)
        }
        type.method("item", returns: .double, doc: "The single value of a one-element tensor, as a Double.") { args, _ in
            .double(Double(try args.receiverTensor.item()))
        }
    }

    /// Elementwise functions and the matrix product.
    static func registerTensorMath(_ type: NativeTypeDefinition) {
        let unary: [(String, String, (Tensor) throws -> Tensor)] = [
            ("exp", "e to the power of each value.", { try $0.exp() }),
            ("log", "The natural logarithm of each value.", { try $0.log() }),
            ("sqrt", "The square root of each value.", { try $0.sqrt() }),
            ("square", "Each value squared.", { try $0.square() }),
            ("abs", "The absolute value of each value.", { try $0.abs() }),
            ("relu", "max(0, x) for each value.", { try $0.relu() }),
            ("sigmoid", "1 / (1 + e^-x) for each value.", { try $0.sigmoid() }),
            ("tanh", "The hyperbolic tangent of each value.", { try $0.tanh() }),
        ]
        for (name, doc, body) in unary {
            type.tensorMethod(name, doc: doc) { t, _ in try body(t) }
        }
        type.tensorMethod("pow", [Signature.positional("exponent", .double)], doc: "Each value to a power.") { t, args in
            try t.pow(Float(try args.double(0)))
        }
        type.tensorMethod(
            "clamp", [Signature.optional("min", .double), Signature.optional("max", .double)],
            doc: "Each value limited to [min, max] (either bound may be left out)."
        ) { t, args in
            try t.clamp(min: Float(args.optional(0)?.asDouble ?? -.infinity), max: Float(args.optional(1)?.asDouble ?? .infinity))
        }
        type.tensorMethod(
            "softmax", [Signature.labeled("axis", .int, default: .int(-1), text: "-1")],
            doc: "exp(x) / Σ exp(x) along an axis (the last by default), computed stably."
        ) { t, args in try t.softmax(axis: try args.int(0)) }
        type.tensorMethod(
            "logSoftmax", [Signature.labeled("axis", .int, default: .int(-1), text: "-1")],
            doc: "The logarithm of softmax along an axis, computed stably."
        ) { t, args in try t.logSoftmax(axis: try args.int(0)) }
        type.tensorMethod(
            "matmul", [Signature.positional("other", .tensor)],
            doc: "The matrix product [m, k] × [k, n] → [m, n] (batched over leading axes), through OpenBLAS."
        ) { t, args in try t.matmul(try args.tensor(0)) }
    }

    /// Reductions over all values or one axis.
    static func registerTensorReductions(_ type: NativeTypeDefinition) {
        let reductions: [(String, String, (Tensor) throws -> Tensor, (Tensor, Int, Bool) throws -> Tensor)] = [
            ("sum", "The sum of all values, or along `axis`.", { try $0.sum() }, { try $0.sum(axis: $1, keepDims: $2) }),
            ("mean", "The mean of all values, or along `axis`.", { try $0.mean() }, { try $0.mean(axis: $1, keepDims: $2) }),
            ("variance", "The (population) variance of all values, or along `axis`.", { try $0.variance() },
             { try $0.variance(axis: $1, keepDims: $2) }),
            ("max", "The largest value, or the largest along `axis`.", { try $0.max() }, { try $0.max(axis: $1, keepDims: $2) }),
            ("min", "The smallest value, or the smallest along `axis`.", { try $0.min() }, { try $0.min(axis: $1, keepDims: $2) }),
        ]
        for (name, doc, all, along) in reductions {
            type.tensorMethod(
                name, [Signature.optional("axis", .int), Signature.labeled("keepDims", .bool, default: .bool(false), text: "false")],
                doc: doc + " With `keepDims: true` the reduced axis stays, with size 1."
            ) { t, args in
                guard let axis = args.optional(0)?.asInt else { return try all(t) }
                return try along(t, axis, try args.bool(1))
            }
        }
        type.tensorMethod(
            "argmax", [Signature.labeled("axis", .int, default: .int(-1), text: "-1")],
            doc: "The index of the largest value along an axis (the last by default), as whole-number values."
        ) { t, args in try t.argmax(axis: try args.int(0)) }
        type.tensorMethod(
            "argmin", [Signature.labeled("axis", .int, default: .int(-1), text: "-1")],
            doc: "The index of the smallest value along an axis (the last by default)."
        ) { t, args in try t.argmin(axis: try args.int(0)) }
        type.method(
            "argsort", parameters: [Signature.labeled("descending", .bool, default: .bool(false), text: "false")], returns: .ints,
            doc: "The positions of all values (flattened) from smallest to largest, or largest first: rank samples by loss, margin or score."
        ) { args, _ in
            let values = try args.receiverTensor.scalars
            let descending = try args.bool(0)
            return Convert.value(values.indices.sorted { descending ? values[$0] > values[$1] : values[$0] < values[$1] })
        }
    }

    /// The tensor inside a property's receiver.
    static func receiver(_ value: Value) throws -> Tensor {
        guard let object = value.asNative(TensorObject.self) else { throw CellError("expected a Tensor, not \(value.typeName)") }
        return object.tensor
    }
}
