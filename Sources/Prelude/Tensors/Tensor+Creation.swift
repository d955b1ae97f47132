import CellLanguage
import TensorCore

extension Prelude {
    /// `Tensor(…)` constructors and the static makers `Tensor.zeros`, `Tensor.normal`, ….
    static func registerTensorCreation(_ registry: NativeRegistry, _ type: NativeTypeDefinition) {
        registry.define(
            "Tensor", parameters: [Signature.positional("values")], returns: .tensor, topic: Topic.tensors,
            doc: """
                A tensor from a number (rank 0), an array of numbers (rank 1) or nested arrays \
                (`Tensor([[1, 2], [3, 4]])` has shape [2, 2]); the nesting must be rectangular. \
                Given a tensor, returns it.
                """
        ) { args, _ in
            .tensor(try Convert.tensor(args[0], "the values of Tensor(_:)"))
        }
        registry.define(
            "Tensor", parameters: [Signature.labeled("shape", .ints), Signature.labeled("scalars", .any)],
            returns: .tensor, topic: Topic.tensors,
            doc: "A tensor of the given shape holding `scalars` (numbers or a tensor) in row-major order; their count must be the product of the shape."
        ) { args, _ in
            let scalars = try Convert.doubles(args[1], "scalars").map { Float($0) }
            return .tensor(try Tensor(shape: try args.ints(0), scalars: scalars))
        }
        registry.define(
            "Tensor", parameters: [Signature.labeled("repeating", .double), Signature.labeled("shape", .ints)],
            returns: .tensor, topic: Topic.tensors,
            doc: "A tensor of the given shape with every value equal to `repeating` (as Swift's `Array(repeating:count:)`)."
        ) { args, _ in
            let shape = try checkedShape(try args.ints(1), "Tensor(repeating:shape:)")
            return .tensor(Tensor.full(shape, Float(try args.double(0))))
        }
        defineStatic(registry, "zeros", [Signature.positional("shape", .ints)],
                     doc: "A tensor of zeros: `Tensor.zeros([2, 3])`.") { args, _ in
            Tensor.zeros(try checkedShape(try args.ints(0), "Tensor.zeros"))
        }
        defineStatic(registry, "ones", [Signature.positional("shape", .ints)],
                     doc: "A tensor of ones: `Tensor.ones([2, 3])`.") { args, _ in
            Tensor.ones(try checkedShape(try args.ints(0), "Tensor.ones"))
        }
        defineStatic(
            registry, "arange",
            [Signature.positional("start", .double), Signature.positional("end", .double),
             Signature.labeled("step", .double, default: .double(1), text: "1")],
            doc: "`start, start + step, …` up to but excluding `end`, as a rank-1 tensor (NumPy's `arange`)."
        ) { args, _ in
            try Tensor.arange(Float(try args.double(0)), Float(try args.double(1)), step: Float(try args.double(2)))
        }
        defineStatic(
            registry, "linspace",
            [Signature.labeled("from", .double), Signature.labeled("through", .double), Signature.labeled("count", .int)],
            doc: "`count` evenly spaced values from `from` through `through`, both ends included (NumPy's `linspace`)."
        ) { args, _ in
            let (a, b, n) = (try args.double(0), try args.double(1), try args.int(2))
            guard n >= 1 else { throw CellError("Tensor.linspace needs count ≥ 1, got \(n)") }
            let step = n == 1 ? 0 : (b - a) / Double(n - 1)
            return Tensor((0..<n).map { Float(a + Double($0) * step) })
        }
        defineStatic(
            registry, "normal",
            [Signature.positional("shape", .ints), Signature.labeled("mean", .double, default: .double(0), text: "0"),
             Signature.labeled("std", .double, default: .double(1), text: "1")],
            doc: """
                Values drawn from a normal distribution, from the run's seeded generator: the \
                same notebook seed gives the same tensor (PyTorch's `randn` for mean 0, std 1).
                """
        ) { args, context in
            var generator = context.seededGenerator()
            return try Tensor.normal(
                try checkedShape(try args.ints(0), "Tensor.normal"), mean: Float(try args.double(1)),
                std: Float(try args.double(2)), using: &generator)
        }
        defineStatic(
            registry, "uniform",
            [Signature.positional("shape", .ints), Signature.labeled("low", .double, default: .double(0), text: "0"),
             Signature.labeled("high", .double, default: .double(1), text: "1")],
            doc: "Values drawn uniformly from [low, high), from the run's seeded generator (PyTorch's `rand` for 0, 1)."
        ) { args, context in
            var generator = context.seededGenerator()
            return try Tensor.uniform(
                try checkedShape(try args.ints(0), "Tensor.uniform"), low: Float(try args.double(1)),
                high: Float(try args.double(2)), using: &generator)
        }
        registry.define(
            "concat", parameters: [Signature.positional("tensors", .array(.tensor)), Signature.labeled("axis", .int, default: .int(0), text: "0")],
            returns: .tensor, topic: Topic.tensors,
            doc: "The tensors joined along an existing axis; all other sizes must agree."
        ) { args, _ in
            .tensor(try Tensor.concat(try args.array(0).map { try Convert.tensor($0, "each tensor") }, axis: try args.int(1)))
        }
        registry.define(
            "stack", parameters: [Signature.positional("tensors", .array(.tensor)), Signature.labeled("axis", .int, default: .int(0), text: "0")],
            returns: .tensor, topic: Topic.tensors,
            doc: "The tensors (all of one shape) joined along a new axis: three [2] tensors stack to [3, 2]."
        ) { args, _ in
            .tensor(try Tensor.stack(try args.array(0).map { try Convert.tensor($0, "each tensor") }, axis: try args.int(1)))
        }
    }

    /// Registers `Tensor.name(…)` returning a tensor.
    private static func defineStatic(
        _ registry: NativeRegistry, _ name: String, _ parameters: [Parameter], doc: String,
        _ body: @escaping (Arguments, CallContext) throws -> Tensor
    ) {
        registry.defineStatic("Tensor", function: NativeFunction(
            name, parameters: parameters, returns: .tensor, topic: Topic.tensors, doc: doc
        ) { args, context in .tensor(try body(args, context)) })
    }

    /// `shape` when every size is ≥ 0 and the count is reasonable.
    static func checkedShape(_ shape: [Int], _ what: String) throws -> [Int] {
        guard shape.allSatisfy({ $0 >= 0 }) else { throw CellError("\(what): shape \(shape) has a negative size") }
        let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard count <= 1 << 31 else { throw CellError("\(what): shape \(shape) has more than 2^31 values; use a smaller shape") }
        return shape
    }
}
