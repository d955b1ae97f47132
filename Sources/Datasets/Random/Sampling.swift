import Foundation

/// The random draws behind subsets, shuffled batches and Gaussian mixtures.
///
/// Each takes the caller's generator and uses only its raw 64-bit output, with fixed arithmetic
/// (the algorithms of TensorCore's `SeededGenerator`, not the standard library's unspecified
/// ones), so a seeded generator gives the same draws on every machine and Swift version.
enum Sampling {
    /// A uniform integer in `0..<n` without modulo bias (Lemire's multiply-and-reject); n > 0.
    static func below(_ n: Int, using generator: inout some RandomNumberGenerator) -> Int {
        let bound = UInt64(n)
        var product = generator.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = generator.next().multipliedFullWidth(by: bound) }
        }
        return Int(product.high)
    }

    /// `count` elements of `values` drawn uniformly without replacement, in the order drawn
    /// (the first `count` steps of a Fisher–Yates shuffle). Cost: O(values.count) to copy.
    static func withoutReplacement<T>(
        _ values: [T], count: Int, using generator: inout some RandomNumberGenerator
    ) -> [T] {
        var pool = values
        for i in 0..<count {
            pool.swapAt(i, i + below(pool.count - i, using: &generator))
        }
        return Array(pool.prefix(count))
    }

    /// A uniformly random permutation of `0..<n`.
    static func permutation(_ n: Int, using generator: inout some RandomNumberGenerator) -> [Int] {
        withoutReplacement(Array(0..<n), count: n, using: &generator)
    }

    /// `count` independent standard normal draws (Box–Muller on 53-bit uniforms, in Double).
    static func standardNormals(_ count: Int, using generator: inout some RandomNumberGenerator) -> [Float] {
        var out = [Float]()
        out.reserveCapacity(count + 1)
        while out.count < count {
            // u1 in (0, 1] so that log(u1) is finite; u2 in [0, 1).
            let u1 = 1 - Double(generator.next() >> 11) * 0x1p-53
            let u2 = Double(generator.next() >> 11) * 0x1p-53
            let radius = (-2 * log(u1)).squareRoot()
            out.append(Float(radius * cos(2 * .pi * u2)))
            out.append(Float(radius * sin(2 * .pi * u2)))
        }
        return Array(out.prefix(count))
    }
}
