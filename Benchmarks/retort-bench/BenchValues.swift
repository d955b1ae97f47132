import TensorCore

/// Reproducible benchmark inputs: uniform values in [-1, 1) from a fixed seed (a 64-bit LCG;
/// the values only need to be ordinary floats, not good randomness).
struct BenchValues {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// A tensor of the given shape.
    mutating func tensor(_ shape: [Int]) -> Tensor {
        let count = shape.reduce(1, *)
        var values = [Float](repeating: 0, count: count)
        for i in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values[i] = Float(state >> 40) / Float(1 << 23) - 1
        }
        return try! Tensor(shape: shape, scalars: values)
    }
}
