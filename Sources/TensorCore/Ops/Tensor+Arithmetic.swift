/// Arithmetic with NumPy broadcasting: `+ - * /` between tensors, with a `Float` on either side,
/// and unary minus. All are differentiable and record one graph node.
///
/// Shapes broadcast as in NumPy: aligned from the right, each pair of sizes equal or 1
/// (`[N, C] + [C]`, `[N, 1] * [1, M]`). Same-shape and one-element operands take a single loop.
/// Cost: one pass over the result, no allocation besides it.
extension Tensor {
    /// Elementwise sum with broadcasting.
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        let value = try zipValues(a, b, op: "add") { $0 + $1 }
        return recording(value, inputs: [a, b], backward: Derivatives.add(a.shape, b.shape))
    }

    /// Elementwise difference with broadcasting.
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        let value = try zipValues(a, b, op: "subtract") { $0 - $1 }
        return recording(value, inputs: [a, b], backward: Derivatives.subtract(a.shape, b.shape))
    }

    /// Elementwise product with broadcasting.
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        let value = try zipValues(a, b, op: "multiply") { $0 * $1 }
        return recording(value, inputs: [a, b], backward: Derivatives.multiply(a, b))
    }

    /// Elementwise quotient with broadcasting (IEEE: division by zero gives ±inf or nan).
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        let value = try zipValues(a, b, op: "divide") { $0 / $1 }
        return recording(value, inputs: [a, b], backward: Derivatives.divide(a, b))
    }

    /// Adds a constant to every element.
    public static func + (a: Tensor, c: Float) throws -> Tensor {
        recording(a.mapValues { $0 + c }, inputs: [a], backward: Derivatives.identity)
    }

    /// Adds a constant to every element.
    public static func + (c: Float, a: Tensor) throws -> Tensor { try a + c }

    /// Subtracts a constant from every element.
    public static func - (a: Tensor, c: Float) throws -> Tensor { try a + (-c) }

    /// `c - a` for every element.
    public static func - (c: Float, a: Tensor) throws -> Tensor {
        recording(a.mapValues { c - $0 }, inputs: [a], backward: Derivatives.negate)
    }

    /// Multiplies every element by a constant.
    public static func * (a: Tensor, c: Float) throws -> Tensor {
        recording(a.mapValues { $0 * c }, inputs: [a], backward: Derivatives.scale(c))
    }

    /// Multiplies every element by a constant.
    public static func * (c: Float, a: Tensor) throws -> Tensor { try a * c }

    /// Divides every element by a constant.
    public static func / (a: Tensor, c: Float) throws -> Tensor {
        recording(a.mapValues { $0 / c }, inputs: [a], backward: Derivatives.scale(1 / c))
    }

    /// `c / a` for every element.
    public static func / (c: Float, a: Tensor) throws -> Tensor {
        recording(a.mapValues { c / $0 }, inputs: [a], backward: Derivatives.reciprocal(c, a))
    }

    /// Every element negated.
    public static prefix func - (a: Tensor) throws -> Tensor {
        recording(a.mapValues { -$0 }, inputs: [a], backward: Derivatives.negate)
    }
}
