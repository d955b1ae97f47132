/// The notebook run's random generator: xoshiro256** seeded through SplitMix64.
///
/// One instance per interpreter, seeded from the front matter or `--seed` (default 0), so a
/// run is reproducible bit for bit. `random(in:)`, `shuffled()` and the Prelude's tensor
/// generator all draw from it; `seed(_:)` in a cell reseeds it. It is a class so that all
/// native code shares the one stream: a local copy shares it too, so
/// `var g = context.random; Int.random(in: r, using: &g)` advances the run's stream.
/// Not thread-safe: draw from one thread (derive per-worker seeds with `next()` first).
public final class RunGenerator: RandomNumberGenerator {
    /// The seed last given.
    public private(set) var seed: UInt64
    private var state: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// A generator seeded with `seed`.
    public init(seed: UInt64 = 0) {
        self.seed = seed
        reseed(seed)
    }

    /// Restarts the stream from a seed: the same seed gives the same numbers.
    public func reseed(_ seed: UInt64) {
        self.seed = seed
        var mixer = SplitMix64(seed: seed)
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    /// The next 64 random bits (xoshiro256**, Blackman & Vigna 2018).
    public func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// The generator's state, to save and restore around a cell that fails.
    public var snapshot: (seed: UInt64, state: (UInt64, UInt64, UInt64, UInt64)) { (seed, state) }

    /// Restores a state taken with `snapshot`.
    public func restore(_ snapshot: (seed: UInt64, state: (UInt64, UInt64, UInt64, UInt64))) {
        seed = snapshot.seed
        state = snapshot.state
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): expands one 64-bit seed into well-mixed words.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
