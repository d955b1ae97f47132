import Foundation

/// Elementwise functions of one tensor: exp, log, sqrt, pow, abs, square, clamp and the
/// activations relu, leaky relu, sigmoid and tanh. Each is one pass over the values, records
/// one graph node, and keeps the input's shape.
extension Tensor {
    /// `e^x` for each element.
    public func exp() throws -> Tensor {
        let y = mapValues { Foundation.exp($0) }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.exp(self, y))
    }

    /// The natural logarithm of each element (nan below 0, -inf at 0).
    public func log() throws -> Tensor {
        Tensor.recording(mapValues { Foundation.log($0) }, inputs: [self], backward: Derivatives.log(self))
    }

    /// The square root of each element (nan below 0; its gradient is infinite at 0).
    public func sqrt() throws -> Tensor {
        let y = mapValues { $0.squareRoot() }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.sqrt(self, y))
    }

    /// `x^p` for each element, with a constant exponent (nan for negative `x` and fractional `p`).
    public func pow(_ p: Float) throws -> Tensor {
        let y: Tensor
        switch p {
        case 1: y = mapValues { $0 }
        case 2: y = mapValues { $0 * $0 }
        case 0.5: y = mapValues { $0.squareRoot() }
        case -1: y = mapValues { 1 / $0 }
        default: y = mapValues { Foundation.pow($0, p) }
        }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.pow(self, p))
    }

    /// `x^y` elementwise with broadcasting. The gradient with respect to the exponent involves
    /// `log(x)`, so it is finite only for positive bases.
    /// - Throws: when the shapes cannot be broadcast; the message names both shapes.
    public func pow(_ exponent: Tensor) throws -> Tensor {
        let value = try Tensor.zipValues(self, exponent, op: "pow") { Foundation.pow($0, $1) }
        return Tensor.recording(value, inputs: [self, exponent], backward: Derivatives.pow(self, exponent))
    }

    /// `x * x` for each element.
    public func square() throws -> Tensor {
        Tensor.recording(mapValues { $0 * $0 }, inputs: [self], backward: Derivatives.square(self))
    }

    /// `|x|` for each element; the gradient at 0 is 0.
    public func abs() throws -> Tensor {
        Tensor.recording(mapValues { Swift.abs($0) }, inputs: [self], backward: Derivatives.abs(self))
    }

    /// Each element limited to `min...max`; either bound may be omitted. The gradient is 1
    /// inside the closed interval and 0 outside.
    /// - Throws: when `min > max`.
    public func clamp(min lower: Float = -.infinity, max upper: Float = .infinity) throws -> Tensor {
        guard lower <= upper else {
            throw TensorError("clamp(min:max:): min \(lower) is greater than max \(upper); swap them")
        }
        let y = mapValues { Swift.min(Swift.max($0, lower), upper) }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.clamp(self, lower, upper))
    }

    /// `max(x, 0)` for each element; the gradient at 0 is 0.
    public func relu() throws -> Tensor {
        Tensor.recording(mapValues { $0 > 0 ? $0 : 0 }, inputs: [self], backward: Derivatives.leakyRelu(self, 0))
    }

    /// `x` for positive elements, `slope * x` otherwise (default slope 0.01, as PyTorch).
    public func leakyRelu(slope: Float = 0.01) throws -> Tensor {
        let y = mapValues { $0 > 0 ? $0 : slope * $0 }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.leakyRelu(self, slope))
    }

    /// The logistic function `1 / (1 + e^-x)` of each element.
    public func sigmoid() throws -> Tensor {
        let y = mapValues { 1 / (1 + Foundation.exp(-$0)) }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.sigmoid(self, y))
    }

    /// The hyperbolic tangent of each element.
    public func tanh() throws -> Tensor {
        let y = mapValues { Foundation.tanh($0) }
        return Tensor.recording(y, inputs: [self], backward: Derivatives.tanh(self, y))
    }
}
