import Foundation

/// The one random generator of Retort: xoshiro256** (Blackman & Vigna, 2018), seeded from a
/// single `UInt64` through SplitMix64, as its authors recommend.
///
/// Identical seeds give identical streams on every machine: every derived quantity (uniform
/// floats, normals, bounded integers, permutations) is computed here with fixed arithmetic,
/// never through the standard library's unspecified algorithms. A value type: copying a
/// generator forks the stream. Period 2^256 - 1; not cryptographic.
public struct SeededGenerator: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64
    private var spareNormal: Double?

    /// A generator whose state is four SplitMix64 outputs of `seed`.
    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
        spareNormal = nil
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform `Float` in [0, 1), with 24 random bits.
    public mutating func uniformFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A uniform `Double` in [0, 1), with 53 random bits.
    public mutating func uniformDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal sample (mean 0, variance 1) by the Box–Muller transform in Double;
    /// each transform yields two samples, the second returned by the next call.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u1 = 1 - uniformDouble()
        let u2 = uniformDouble()
        let radius = (-2 * Foundation.log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * Foundation.sin(angle)
        return radius * Foundation.cos(angle)
    }

    /// A uniform integer in `0..<n` without modulo bias (Lemire's multiply-and-reject).
    /// `n` must be positive.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "SeededGenerator.below: n must be positive, got \(n)")
        let bound = UInt64(n)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// A uniformly random ordering of `0..<n` (Fisher–Yates).
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<Swift.max(n, 0))
        shuffle(&values)
        return values
    }

    /// `k` distinct indices drawn uniformly from `0..<n` without replacement, in draw order
    /// (a partial Fisher–Yates shuffle; O(n) memory).
    /// - Throws: when `k` is negative or larger than `n`.
    public mutating func choice(_ k: Int, from n: Int) throws -> [Int] {
        guard k >= 0, k <= n else {
            throw TensorError("choice(_:from:): cannot draw \(k) distinct values from \(n); ask for 0...\(n)")
        }
        var values = Array(0..<n)
        for i in 0..<k {
            values.swapAt(i, i + below(n - i))
        }
        return Array(values[..<k])
    }

    /// Puts the elements of `array` in a uniformly random order (Fisher–Yates).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, below(i + 1))
        }
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
