/// Tensor creation from ranges and from a seeded generator. Every random tensor takes the
/// generator explicitly; the same seed gives the same tensor.
extension Tensor {
    /// `start, start + step, …` up to but excluding `end`, as a rank-1 tensor (as NumPy's arange).
    /// - Throws: when `step` is zero or not finite.
    public static func arange(_ start: Float = 0, _ end: Float, step: Float = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError("arange: step must be nonzero and the bounds finite (start \(start), end \(end), step \(step))")
        }
        let n = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        return Tensor.build([n]) { out in
            for i in 0..<n { out[i] = start + Float(i) * step }
        }
    }

    /// Values drawn uniformly from `[low, high)`.
    /// - Throws: when `low > high` or a size is negative.
    public static func uniform(
        _ shape: [Int], low: Float = 0, high: Float = 1, using generator: inout SeededGenerator
    ) throws -> Tensor {
        guard low <= high else { throw TensorError("uniform: low \(low) is above high \(high)") }
        try checkSizes(shape, op: "uniform")
        let width = high - low
        return Tensor.build(shape) { out in
            for i in 0..<out.count { out[i] = low + width * generator.uniformFloat() }
        }
    }

    /// Values drawn from a normal distribution with the given mean and standard deviation.
    /// - Throws: when `std` is negative or a size is negative.
    public static func normal(
        _ shape: [Int], mean: Float = 0, std: Float = 1, using generator: inout SeededGenerator
    ) throws -> Tensor {
        guard std >= 0 else { throw TensorError("normal: std \(std) is negative") }
        try checkSizes(shape, op: "normal")
        return Tensor.build(shape) { out in
            for i in 0..<out.count { out[i] = mean + std * Float(generator.normal()) }
        }
    }

    /// A random ordering of `0..<n` as a rank-1 tensor of Float indices.
    public static func permutation(_ n: Int, using generator: inout SeededGenerator) -> Tensor {
        Tensor([Float](generator.permutation(n).map { Float($0) }))
    }

    private static func checkSizes(_ shape: [Int], op: String) throws {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError("\(op): shape \(shape) has a negative size")
        }
    }
}
