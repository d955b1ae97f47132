import Foundation

/// The xoshiro256** generator (Blackman & Vigna 2018), seeded through SplitMix64.
///
/// 256 bits of state, period 2²⁵⁶ − 1, ~1 ns per 64-bit output. The same seed gives the same
/// stream on every platform. Gaussian deviates use the Box–Muller transform on two uniforms
/// and keep the second deviate for the next call.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareGaussian: Double?

    /// A generator whose state is four SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform deviate in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A standard normal deviate N(0, 1).
    public mutating func gaussian() -> Double {
        if let spare = spareGaussian {
            spareGaussian = nil
            return spare
        }
        let u = 1 - uniform()  // in (0, 1], so log(u) is finite
        let radius = (-2 * log(u)).squareRoot()
        let angle = 2 * Double.pi * uniform()
        spareGaussian = radius * sin(angle)
        return radius * cos(angle)
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// SplitMix64 (Steele, Lea & Flood 2014): seeds other generators and mixes keys into seeds.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's state; successive outputs add the golden-ratio increment to it.
    public var state: UInt64

    /// A generator starting from `state`.
    public init(state: UInt64) { self.state = state }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed derived from `seed` and a list of keys: equal inputs give equal seeds, and any
    /// change to one key gives an unrelated seed. Used to give every trial its own stream.
    public static func derive(_ seed: UInt64, _ keys: [UInt64]) -> UInt64 {
        var mixer = SplitMix64(state: seed)
        var result = mixer.next()
        for key in keys {
            mixer.state ^= key &* 0xD1B5_4A32_D192_ED03
            result ^= mixer.next()
            mixer.state = result
        }
        return result
    }
}
