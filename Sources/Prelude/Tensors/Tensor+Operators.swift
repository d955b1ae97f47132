import CellLanguage
import TensorCore

extension Prelude {
    /// `+ - * /` between tensors (NumPy broadcasting) and between a tensor and a number on
    /// either side, and prefix `-`. Every one is differentiable.
    static func registerTensorOperators(_ registry: NativeRegistry) {
        let operations: [(String, (Tensor, Tensor) throws -> Tensor, (Tensor, Float) throws -> Tensor, (Float, Tensor) throws -> Tensor)] = [
            ("+", { try $0 + $1 }, { try $0 + $1 }, { try $0 + $1 }),
            ("-", { try $0 - $1 }, { try $0 - $1 }, { try $0 - $1 }),
            ("*", { try $0 * $1 }, { try $0 * $1 }, { try $0 * $1 }),
            ("/", { try $0 / $1 }, { try $0 / $1 }, { try $0 / $1 }),
        ]
        for (symbol, both, tensorNumber, numberTensor) in operations {
            registry.defineOperator(NativeOperator(symbol, lhs: .tensor, rhs: .tensor) { a, b, _ in
                .tensor(try both(try tensor(a), try tensor(b)))
            })
            registry.defineOperator(NativeOperator(symbol, lhs: .tensor, rhs: .double) { a, b, _ in
                .tensor(try tensorNumber(try tensor(a), Float(b.asDouble ?? 0)))
            })
            registry.defineOperator(NativeOperator(symbol, lhs: .double, rhs: .tensor) { a, b, _ in
                .tensor(try numberTensor(Float(a.asDouble ?? 0), try tensor(b)))
            })
        }
        registry.defineOperator(NativeOperator(prefix: "-", operand: .tensor) { a, _ in
            .tensor(try 0 - tensor(a))
        })
    }

    /// The tensor inside an operand the overload's type already checked.
    private static func tensor(_ value: Value) throws -> Tensor {
        guard let object = value.asNative(TensorObject.self) else { throw CellError("expected a Tensor, not \(value.typeName)") }
        return object.tensor
    }
}
